package com.jinpai.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.value.spend.ChargeType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month partition reads only the rows of its buckets, in SQL ({@link BucketSql}): its frame holds
 * exactly the customers of its range, each with the same inputs as in the whole month's frame, and
 * the partitions together hold the whole month.
 */
abstract class PartitionReadsIntegrationTests {

    private static final YearMonth MONTH = YearMonth.of(2024, 10);
    private static final YearMonth PREVIOUS = YearMonth.of(2024, 9);
    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 5);
    private static final int CUSTOMERS = 40;

    @Autowired
    DataSource dataSource;

    @Autowired
    MonthInputs inputs;

    private JdbcTemplate jdbc;

    @BeforeEach
    void customersWithInputs() {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        for (int i = 0; i < CUSTOMERS; i++) {
            String id = String.format("C%07d", i);
            int bucket = CustomerBuckets.of(id);
            // the last customer joins after the as-of date and is read for its bill of the month
            String joined = i == CUSTOMERS - 1 ? "2024-11-20" : "2024-01-15";
            jdbc.update("INSERT INTO customer (customer_id, region, brand, join_date, status, file_id, value_bucket)"
                    + " VALUES (?, 'R1', 'B1', ?, 'ACTIVE', 1, ?)", id, joined, bucket);
            jdbc.update("INSERT INTO bill_total (bill_month, customer_id, plan_fen, voice_fen, sms_fen, data_fen,"
                    + " roaming_fen, vas_fen, equipment_fen, discount_fen, adjustment_fen, refund_fen, value_bucket)"
                    + " VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)", MONTH.toString(), id, 100 * (i + 1), i,
                    bucket);
            jdbc.update("INSERT INTO usage_day (usage_date, customer_id, file_id, voice_rated, sms_rated, data_rated,"
                    + " roaming_rated, services, active, value_bucket) VALUES (?, ?, 2, 1, 0, 0, 0, 1, TRUE, ?)",
                    MONTH.atDay(1 + i % 20), id, bucket);
            jdbc.update("INSERT INTO payment (payment_id, customer_id, paid_at, amount, file_id, value_bucket)"
                    + " VALUES (?, ?, ?, ?, 3, ?)", "P" + i, id, MONTH.atDay(20).atStartOfDay(), i + 0.5, bucket);
            jdbc.update("INSERT INTO customer_month (customer_id, bill_month, tier, indicated_tier, spend,"
                    + " billed_to_date, value_bucket) VALUES (?, ?, 'SILVER', 'SILVER', ?, ?, ?)", id,
                    PREVIOUS.toString(), i, 2 * i, bucket);
        }
    }

    @Test
    void aPartitionReadsExactlyItsBucketsWithTheWholeMonthsInputs() {
        MonthFrame whole = read(CustomerBuckets.Range.ALL);
        assertThat(whole.size).isEqualTo(CUSTOMERS);

        List<String> together = new ArrayList<>();
        for (CustomerBuckets.Range range : CustomerBuckets.split(4)) {
            MonthFrame part = read(range);
            List<String> ids = Arrays.asList(part.ids);
            assertThat(ids).as("customers of " + range).allSatisfy(id -> assertThat(range.contains(id)).isTrue());
            assertThat(ids).as("customers of " + range).containsExactlyInAnyOrderElementsOf(Arrays.stream(whole.ids)
                    .filter(range::contains).toList());
            for (int p = 0; p < part.size; p++) {
                int w = whole.position(part.ids[p]);
                String id = part.ids[p];
                assertThat(Arrays.copyOfRange(part.breakdown, p * ChargeType.COUNT, (p + 1) * ChargeType.COUNT))
                        .as("bill of " + id).isEqualTo(Arrays.copyOfRange(whole.breakdown, w * ChargeType.COUNT,
                                (w + 1) * ChargeType.COUNT)).isNotEqualTo(new long[ChargeType.COUNT]);
                assertThat(part.activeDays[p]).as("usage of " + id).isEqualTo(whole.activeDays[w]).isEqualTo(1);
                assertThat(part.lastUsageDay[p]).as("usage of " + id).isEqualTo(whole.lastUsageDay[w]);
                assertThat(part.paid[p]).as("payments of " + id).isEqualTo(whole.paid[w]).isPositive();
                assertThat(part.history.hasPrevious[p]).as("history of " + id).isTrue();
                assertThat(part.history.previousBilledToDate[p]).as("history of " + id)
                        .isEqualTo(whole.history.previousBilledToDate[w]);
            }
            together.addAll(ids);
        }
        assertThat(together).containsExactlyInAnyOrder(whole.ids);
    }

    /** A read takes the stored bucket, not one computed again from the id. */
    @Test
    void theReadsSelectByTheStoredBucket() {
        String moved = "C0000000";
        int other = (CustomerBuckets.of(moved) + CustomerBuckets.COUNT / 2) % CustomerBuckets.COUNT;
        for (String table : List.of("customer", "bill_total", "payment")) {
            jdbc.update("UPDATE " + table + " SET value_bucket = ? WHERE customer_id = ?", other, moved);
        }
        CustomerBuckets.Range range = CustomerBuckets.split(4).stream().filter(r -> other >= r.from() && other < r.to())
                .findFirst().orElseThrow();

        MonthFrame part = read(range);

        assertThat(part.ids).contains(moved);
        int position = part.position(moved);
        assertThat(part.paid[position]).as("payment read by its stored bucket").isPositive();
        assertThat(part.activeDays[position]).as("usage still in the customer's own bucket").isZero();
    }

    private MonthFrame read(CustomerBuckets.Range range) {
        MonthFrame frame = inputs.customers(MONTH, AS_OF, true, range);
        inputs.history(frame, List.of(PREVIOUS), PREVIOUS);
        inputs.billLines(frame);
        inputs.usageActivity(frame, MONTH.atDay(1), AS_OF);
        inputs.payments(frame, MONTH.atDay(1), AS_OF);
        return frame;
    }

    @OnH2
    static class H2Tests extends PartitionReadsIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends PartitionReadsIntegrationTests {
    }
}
