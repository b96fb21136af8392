package com.jinpai.value;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.tier.Tier;
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

    @Autowired
    ValueEvaluator evaluator;

    @Autowired
    StarInputs starInputs;

    @Autowired
    ValueRules rules;

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

    /**
     * The customers billed in the month before they joined come from the same scan as the joined
     * ones, and after them in the frame, as a read of the joined customers followed by a read of
     * the later joiners put them; a later joiner without a bill of the month is not read.
     */
    @Test
    void theCustomersBilledBeforeTheyJoinedComeAfterTheJoinedOnes() {
        // ids that sort before every other customer's
        jdbc.update("INSERT INTO customer (customer_id, region, brand, join_date, status, file_id, value_bucket)"
                + " VALUES ('A1', 'R1', 'B1', '2024-11-21', 'ACTIVE', 1, ?)", CustomerBuckets.of("A1"));
        jdbc.update("INSERT INTO customer (customer_id, region, brand, join_date, status, file_id, value_bucket)"
                + " VALUES ('A2', 'R1', 'B1', '2024-11-21', 'ACTIVE', 1, ?)", CustomerBuckets.of("A2"));
        jdbc.update("INSERT INTO bill_total (bill_month, customer_id, plan_fen, voice_fen, sms_fen, data_fen,"
                + " roaming_fen, vas_fen, equipment_fen, discount_fen, adjustment_fen, refund_fen, value_bucket)"
                + " VALUES (?, 'A1', 700, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?)", MONTH.toString(), CustomerBuckets.of("A1"));

        MonthFrame whole = inputs.customers(MONTH, AS_OF, true);
        MonthInputs.Frames split = inputs.customers(MONTH, AS_OF, true, CustomerBuckets.split(2));
        MonthFrame estimate = inputs.customers(MONTH, AS_OF, false);

        String last = String.format("C%07d", CUSTOMERS - 1);
        List<String> later = List.of("A1", last);
        assertFrameOrder(whole, later);
        assertThat(whole.ids).hasSize(CUSTOMERS + 1).doesNotContain("A2");
        for (MonthFrame part : split.frames) {
            assertFrameOrder(part, later);
        }
        assertThat(estimate.ids).hasSize(CUSTOMERS - 1).doesNotContain("A1", "A2", last);
    }

    /**
     * A closed month's shared read with the other months' rows on a second connection beside the
     * previous month's gives the history and the star rating the same figures as the read in turn:
     * the star year's spend and suspensions, summed over both reads' months, included.
     */
    @Test
    void theEarlierMonthsReadBesideThePreviousOneGiveTheSameFigures() {
        YearMonth earlier = PREVIOUS.minusMonths(1);
        for (int i = 0; i < CUSTOMERS; i++) {
            String id = String.format("C%07d", i);
            jdbc.update("INSERT INTO customer_month (customer_id, bill_month, tier, indicated_tier, spend,"
                    + " billed_to_date, star_new_suspensions, value_bucket) VALUES (?, ?, 'SILVER', 'SILVER', ?, ?, ?, ?)",
                    id, earlier.toString(), 3 * i + 1, i, i % 2, CustomerBuckets.of(id));
            jdbc.update("UPDATE customer_month SET star_new_suspensions = ? WHERE customer_id = ? AND bill_month = ?",
                    i % 3 == 0 ? 1 : 0, id, PREVIOUS.toString());
        }
        ValueCalendar calendar = new ValueCalendar(MONTH, MONTH.atEndOfMonth(), List.of(earlier, PREVIOUS));
        Map<String, List<Long>> inTurn = closedFigures(calendar, null);
        Map<String, List<Long>> besideEachOther = closedFigures(calendar,
                new org.springframework.core.task.SimpleAsyncTaskExecutor("test-history-"));

        assertThat(besideEachOther).hasSize(CUSTOMERS).isEqualTo(inTurn);
        String first = String.format("C%07d", 3);
        // spend 3 + 10 (joined in January: both months in the star year), suspensions 1 + 1
        assertThat(inTurn.get(first).subList(0, 2)).isEqualTo(List.of(1300L, 2L));
    }

    /** Per customer: star year spend and suspensions before, then the history's spend and billed-to-date per month. */
    private Map<String, List<Long>> closedFigures(ValueCalendar calendar,
            org.springframework.core.task.AsyncTaskExecutor sideBySide) {
        MonthInputs.Frames frames = inputs.customers(MONTH, AS_OF, true, CustomerBuckets.split(2));
        List<MonthInputs.EarlierRows> readers = frames.frames.stream()
                .map(frame -> starInputs.forClose(frame, calendar, rules.stars)).toList();
        List<YearMonth> months = calendar.historyMonths(rules.windowMonths, rules.arrears);
        inputs.closedHistory(frames, months, PREVIOUS, readers, sideBySide);
        Map<String, List<Long>> figures = new HashMap<>();
        for (MonthFrame frame : frames.frames) {
            for (int p = 0; p < frame.size; p++) {
                List<Long> row = new ArrayList<>(List.of(frame.stars.yearSpendBefore[p],
                        (long) frame.stars.suspensionsBefore[p], frame.history.previousBilledToDate[p]));
                for (int slot = 0; slot < months.size(); slot++) {
                    row.add(frame.history.spend(slot, p));
                    row.add(frame.history.billedToDate(slot, p));
                }
                figures.put(frame.ids[p], row);
            }
        }
        return figures;
    }

    /** The frame's customers of {@code later} (those of its range) come last, after every other. */
    private static void assertFrameOrder(MonthFrame frame, List<String> later) {
        List<String> ids = Arrays.asList(frame.ids);
        List<String> own = later.stream().filter(frame.range::contains).toList();
        assertThat(ids.subList(ids.size() - own.size(), ids.size())).as("later joiners of " + frame.range)
                .containsExactlyInAnyOrderElementsOf(own);
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

    /**
     * A closed month reads the history and the star rating's earlier rows in one pass: the history
     * is the one {@link MonthInputs#history} reads, and the other reader gets the rows of its months,
     * of the partition's customers only.
     */
    @Test
    void theClosedHistoryReadsTheHistoryAndTheOtherReadersRowsInOnePass() {
        List<CustomerBuckets.Range> ranges = new ArrayList<>(CustomerBuckets.split(2));
        ranges.add(CustomerBuckets.Range.ALL);
        for (CustomerBuckets.Range range : ranges) {
            MonthFrame separate = inputs.customers(MONTH, AS_OF, true, range);
            inputs.history(separate, List.of(PREVIOUS), PREVIOUS);
            MonthFrame together = inputs.customers(MONTH, AS_OF, true, range);
            Map<String, long[]> rows = new HashMap<>();
            inputs.closedHistory(together, List.of(PREVIOUS), PREVIOUS, others(together, rows));

            assertThat(together.ids).containsExactly(separate.ids);
            History expected = separate.history;
            History actual = together.history;
            assertThat(actual.hasPrevious).as("history of " + range).containsExactly(expected.hasPrevious);
            assertThat(actual.previousBilledToDate).containsExactly(expected.previousBilledToDate);
            assertThat(actual.previousPaidToDate).containsExactly(expected.previousPaidToDate);
            assertThat(actual.previousTier).containsExactly(expected.previousTier);
            assertThat(actual.previousAverage).containsExactly(expected.previousAverage);
            assertThat(actual.previousLastUsageDay).containsExactly(expected.previousLastUsageDay);
            for (int p = 0; p < together.size; p++) {
                assertThat(actual.spend(0, p)).isEqualTo(expected.spend(0, p));
                assertThat(actual.billedToDate(0, p)).isEqualTo(expected.billedToDate(0, p));
            }
            // every customer has a row of PREVIOUS: the reader gets exactly the range's customers
            assertThat(rows.keySet()).as("rows of " + range).containsExactlyInAnyOrder(together.ids);
            rows.forEach((id, row) -> {
                int i = Integer.parseInt(id.substring(1));
                assertThat(row).as("row of " + id).containsExactly(100L * i, 200L * i, 0);
            });
        }
    }

    /**
     * The frames of a month's partitions read together (one pass over each table) are the frames
     * each partition reads alone, rows chosen by their stored bucket: a customer whose bucket moved
     * in the customer table alone is its new partition's and keeps no history there.
     */
    @Test
    void thePartitionsFramesReadTogetherAreTheFramesEachReadsAlone() {
        String moved = "C0000000";
        int other = (CustomerBuckets.of(moved) + CustomerBuckets.COUNT / 2) % CustomerBuckets.COUNT;
        jdbc.update("UPDATE customer SET value_bucket = ? WHERE customer_id = ?", other, moved);
        List<CustomerBuckets.Range> ranges = CustomerBuckets.split(4);

        MonthInputs.Frames frames = inputs.customers(MONTH, AS_OF, true, ranges);
        List<Map<String, long[]>> rowsTogether = new ArrayList<>();
        List<MonthInputs.EarlierRows> readers = new ArrayList<>();
        for (MonthFrame frame : frames.frames) {
            Map<String, long[]> rows = new HashMap<>();
            rowsTogether.add(rows);
            readers.add(others(frame, rows));
        }
        inputs.closedHistory(frames, List.of(PREVIOUS), PREVIOUS, readers);

        assertThat(frames.frames).hasSize(ranges.size());
        for (int k = 0; k < ranges.size(); k++) {
            MonthFrame together = frames.frames.get(k);
            MonthFrame alone = inputs.customers(MONTH, AS_OF, true, ranges.get(k));
            Map<String, long[]> rowsAlone = new HashMap<>();
            inputs.closedHistory(alone, List.of(PREVIOUS), PREVIOUS, others(alone, rowsAlone));

            assertThat(together.range).isEqualTo(ranges.get(k));
            assertThat(together.ids).as("customers of " + ranges.get(k)).containsExactly(alone.ids);
            assertThat(together.joinDay).containsExactly(alone.joinDay);
            assertThat(together.history.hasPrevious).containsExactly(alone.history.hasPrevious);
            assertThat(together.history.previousBilledToDate).containsExactly(alone.history.previousBilledToDate);
            assertThat(together.history.previousTier).containsExactly(alone.history.previousTier);
            assertThat(rowsTogether.get(k).keySet()).containsExactlyInAnyOrderElementsOf(rowsAlone.keySet());
            Map<String, long[]> sameRange = rowsTogether.get(k);
            rowsAlone.forEach((id, row) -> assertThat(sameRange.get(id)).as("row of " + id).containsExactly(row));
        }
        MonthFrame ofMoved = frames.frames.stream().filter(frame -> frame.position(moved) >= 0).findFirst()
                .orElseThrow();
        assertThat(other).isBetween(ofMoved.range.from(), ofMoved.range.to() - 1);
        assertThat(ofMoved.history.hasPrevious[ofMoved.position(moved)]).isFalse();
    }

    /** Months the history does not read are the other reader's alone. */
    @Test
    void theOtherReadersMonthsNeedNotBeTheHistorys() {
        MonthFrame frame = inputs.customers(MONTH, AS_OF, true, CustomerBuckets.Range.ALL);
        Map<String, long[]> rows = new HashMap<>();
        inputs.closedHistory(frame, List.of(), null, others(frame, rows));

        assertThat(rows).hasSize(CUSTOMERS);
        assertThat(frame.history.hasPrevious).containsOnly(false);
    }

    /**
     * The previous month's rows come with the carried state and the other reader's previous-month
     * columns; an earlier month's rows with spend, billed-to-date and the reader's every-month
     * columns alone (the wide rows of the months before the previous one are not sent), both to the
     * reader, in the frames read together as in a partition's own read.
     */
    @Test
    void theMonthsBeforeThePreviousAreReadWithoutTheCarriedState() {
        YearMonth earlier = PREVIOUS.minusMonths(1);
        for (int i = 0; i < CUSTOMERS; i++) {
            String id = String.format("C%07d", i);
            jdbc.update("INSERT INTO customer_month (customer_id, bill_month, tier, indicated_tier, spend,"
                    + " billed_to_date, star_new_suspensions, value_bucket) VALUES (?, ?, 'GOLD', 'GOLD', ?, ?, 1, ?)",
                    id, earlier.toString(), 3 * i, 4 * i, CustomerBuckets.of(id));
        }
        List<YearMonth> months = List.of(earlier, PREVIOUS);
        MonthInputs.Frames frames = inputs.customers(MONTH, AS_OF, true, CustomerBuckets.split(2));
        List<Map<YearMonth, Integer>> columnsTogether = new ArrayList<>();
        List<MonthInputs.EarlierRows> readers = new ArrayList<>();
        for (MonthFrame frame : frames.frames) {
            Map<YearMonth, Integer> columns = new HashMap<>();
            columnsTogether.add(columns);
            readers.add(columnCounter(frame, Set.copyOf(months), columns));
        }
        inputs.closedHistory(frames, months, PREVIOUS, readers);
        MonthFrame alone = inputs.customers(MONTH, AS_OF, true, CustomerBuckets.split(2).get(0));
        Map<YearMonth, Integer> columnsAlone = new HashMap<>();
        inputs.closedHistory(alone, months, PREVIOUS, columnCounter(alone, Set.copyOf(months), columnsAlone));

        for (Map<YearMonth, Integer> columns : List.of(columnsTogether.get(0), columnsTogether.get(1), columnsAlone)) {
            // customer_id, bill_month, spend, billed_to_date, the reader's column (and the bucket of a shared read)
            assertThat(columns.get(earlier)).as("columns of " + earlier).isBetween(5, 6);
            assertThat(columns.get(PREVIOUS)).as("columns of the previous month").isGreaterThan(14 + 2);
        }
        MonthFrame first = frames.frames.get(0);
        for (MonthFrame frame : List.of(first, alone)) {
            History history = frame.history;
            for (int p = 0; p < frame.size; p++) {
                int i = Integer.parseInt(frame.ids[p].substring(1));
                assertThat(history.spend(0, p)).as(earlier + " of " + frame.ids[p]).isEqualTo(300L * i);
                assertThat(history.billedToDate(0, p)).isEqualTo(400L * i);
                assertThat(history.spend(1, p)).isEqualTo(100L * i);
                assertThat(history.previousTier(p)).as("state of " + PREVIOUS).isEqualTo(Tier.SILVER);
            }
        }
    }

    /** A reader of {@code months} with a previous-month column, counting the columns of each month's rows. */
    private static MonthInputs.EarlierRows columnCounter(MonthFrame frame, Set<YearMonth> months,
            Map<YearMonth, Integer> columns) {
        return new MonthInputs.EarlierRows() {
            @Override
            public Set<YearMonth> months() {
                return months;
            }

            @Override
            public String columns() {
                return "star_new_suspensions";
            }

            @Override
            public String previousColumns() {
                return "star_level, star_score";
            }

            @Override
            public void read(ResultSet rs, int first, int position, YearMonth month, long spend, long billedToDate)
                    throws SQLException {
                assertThat(rs.getInt(first)).isEqualTo(month.equals(PREVIOUS) ? 0 : 1);
                columns.merge(month, rs.getMetaData().getColumnCount(), Math::max);
            }
        };
    }

    /** The payments up to given days come with the month's payments, in the same statement. */
    @Test
    void thePaymentsUpToGivenDaysComeWithTheMonthsPayments() {
        MonthFrame plain = inputs.customers(MONTH, AS_OF, true, CustomerBuckets.Range.ALL);
        inputs.payments(plain, MONTH.atDay(1), AS_OF);
        MonthFrame frame = inputs.customers(MONTH, AS_OF, true, CustomerBuckets.Range.ALL);
        long[][] upTo = new long[2][frame.size];

        // every payment is on the 20th
        inputs.payments(frame, MONTH.atDay(1), AS_OF, List.of(MONTH.atDay(19), MONTH.atDay(20)), upTo);

        assertThat(frame.paid).containsExactly(plain.paid);
        assertThat(upTo[0]).containsOnly(0L);
        assertThat(upTo[1]).containsExactly(plain.paid);
    }

    /**
     * A partition evaluated again replaces exactly its own buckets' rows of the month: its customers'
     * and those of a customer in its buckets no longer among them; the other partition's rows, a
     * customer gone from its buckets included, stay.
     */
    @Test
    void aPartitionEvaluatedAgainReplacesTheMonthsRowsOfItsOwnBucketsOnly() {
        List<CustomerBuckets.Range> halves = CustomerBuckets.split(2);
        List<YearMonth> closed = List.of(PREVIOUS, MONTH);
        halves.forEach(range -> evaluator.closePartition(MONTH, closed, range));
        String goneHere = customerIn(halves.get(0));
        String goneThere = customerIn(halves.get(1));
        for (String id : List.of(goneHere, goneThere)) {
            jdbc.update("INSERT INTO customer_month (customer_id, bill_month, tier, indicated_tier, spend,"
                    + " billed_to_date, value_bucket) VALUES (?, ?, 'SILVER', 'SILVER', 12345, 1, ?)", id, MONTH.toString(),
                    CustomerBuckets.of(id));
        }

        evaluator.closePartition(MONTH, closed, halves.get(0));

        List<String> month = jdbc.queryForList("SELECT customer_id FROM customer_month WHERE bill_month = ?",
                String.class, MONTH.toString());
        assertThat(month).hasSize(CUSTOMERS + 1).contains(goneThere).doesNotContain(goneHere);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_month WHERE bill_month = ? AND spend = 12345",
                Integer.class, MONTH.toString())).as("the other partition's row of a customer gone").isOne();
    }

    /** A customer id outside the fixture's whose bucket is in {@code range}. */
    private static String customerIn(CustomerBuckets.Range range) {
        for (int i = 0; ; i++) {
            String id = "G" + i;
            if (range.contains(id)) {
                return id;
            }
        }
    }

    /** A reader of {@code PREVIOUS}'s rows that keeps each row's spend, billed-to-date and suspensions. */
    private static MonthInputs.EarlierRows others(MonthFrame frame, Map<String, long[]> rows) {
        return new MonthInputs.EarlierRows() {
            @Override
            public Set<YearMonth> months() {
                return Set.of(PREVIOUS);
            }

            @Override
            public String columns() {
                return "star_new_suspensions";
            }

            @Override
            public void read(ResultSet rs, int first, int position, YearMonth month, long spend, long billedToDate)
                    throws SQLException {
                assertThat(month).isEqualTo(PREVIOUS);
                rows.put(frame.ids[position], new long[] {spend, billedToDate, rs.getInt(first)});
            }
        };
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
