package com.jinpai.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import javax.sql.DataSource;

import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.OpenMonthEstimate;
import com.jinpai.value.tier.Tier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly estimate's reads: the open month's usage is read once for the rated amounts and the
 * activity (the same activity {@link MonthInputs#usageActivity} gives), and the history reads the
 * earlier window months for spend and billed-to-date and only the previous month for its state.
 */
abstract class EstimateReadsIntegrationTests {

    private static final YearMonth OPEN = YearMonth.of(2024, 11);
    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 6);
    private static final List<YearMonth> WINDOW = List.of(YearMonth.of(2024, 8), YearMonth.of(2024, 9),
            YearMonth.of(2024, 10));
    private static final YearMonth PREVIOUS = YearMonth.of(2024, 10);

    @Autowired
    DataSource dataSource;

    @Autowired
    MonthInputs inputs;

    @Autowired
    ValueRules rules;

    private JdbcTemplate jdbc;

    @BeforeEach
    void customers() {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        for (String id : List.of("C01", "C02", "C03")) {
            jdbc.update("INSERT INTO customer (customer_id, region, brand, join_date, status, file_id, value_bucket)"
                    + " VALUES (?, 'R1', 'B1', '2024-01-15', 'ACTIVE', 1, ?)", id, CustomerBuckets.of(id));
        }
    }

    @Test
    void theUsageIsReadOnceForTheRatedAmountsAndTheActivity() {
        // C01: two files on the 2nd (one of them inactive), an inactive day on the 5th, active on the 6th
        usage("2024-11-02", "C01", 7, 12_345, 0, 5_000, 0, true);
        usage("2024-11-02", "C01", 8, 1, 0, 0, 0, false);
        usage("2024-11-05", "C01", 7, 10_000, 2_500, 0, 49, false);
        usage("2024-11-06", "C01", 7, 0, 0, 20_000, 0, true);
        // C02: only inactive usage; C03: a day after the as-of date and one of the month before
        usage("2024-11-03", "C02", 7, 4_999, 0, 0, 0, false);
        usage("2024-11-07", "C03", 7, 90_000, 0, 0, 0, true);
        usage("2024-10-31", "C03", 7, 90_000, 0, 0, 0, true);

        MonthFrame estimated = frame();
        inputs.estimate(estimated);
        MonthFrame activity = frame();
        inputs.usageActivity(activity, OPEN.atDay(1), AS_OF);

        int c01 = estimated.position("C01");
        // ten-thousandths of a yuan summed over days and files, rounded to fen once: 2.2346 -> 2.23
        assertThat(cell(estimated, c01, ChargeType.VOICE)).isEqualTo(223);
        assertThat(cell(estimated, c01, ChargeType.SMS)).isEqualTo(25);
        assertThat(cell(estimated, c01, ChargeType.DATA)).isEqualTo(250);
        assertThat(cell(estimated, c01, ChargeType.ROAMING)).isZero();
        assertThat(estimated.activeDays[c01]).isEqualTo(2);
        assertThat(estimated.lastUsageDay[c01]).isEqualTo((int) AS_OF.toEpochDay());
        int c02 = estimated.position("C02");
        assertThat(cell(estimated, c02, ChargeType.VOICE)).isEqualTo(50);
        assertThat(estimated.activeDays[c02]).isZero();
        assertThat(estimated.lastUsageDay[c02]).isEqualTo(MonthFrame.NO_DAY);
        int c03 = estimated.position("C03");
        assertThat(cell(estimated, c03, ChargeType.VOICE)).isZero();
        assertThat(estimated.activeDays[c03]).isZero();
        for (int i = 0; i < estimated.size; i++) {
            assertThat(estimated.activeDays[i]).as(estimated.ids[i]).isEqualTo(activity.activeDays[i]);
            assertThat(estimated.lastUsageDay[i]).as(estimated.ids[i]).isEqualTo(activity.lastUsageDay[i]);
        }
    }

    @Test
    void theHistoryReadsSpendOfEveryWindowMonthAndTheStateOfThePreviousOnly() {
        history("C01", "2024-08", false, "10.00", "100.00", "GOLD", 3);
        history("C01", "2024-09", false, "20.00", "120.00", "GOLD", 2);
        history("C01", "2024-10", false, "30.00", "150.00", "SILVER", 1);
        // C02 has no previous month, and an estimate of October (never history)
        history("C02", "2024-08", false, "40.00", "40.00", "PLATINUM", 7);
        history("C02", "2024-10", true, "99.00", "99.00", "DIAMOND", 9);

        MonthFrame frame = frame();
        inputs.history(frame, WINDOW, PREVIOUS);
        History history = frame.history;

        int c01 = frame.position("C01");
        assertThat(history.spend(0, c01)).isEqualTo(1_000);
        assertThat(history.spend(1, c01)).isEqualTo(2_000);
        assertThat(history.spend(2, c01)).isEqualTo(3_000);
        assertThat(history.billedToDate(0, c01)).isEqualTo(10_000);
        assertThat(history.billedToDate(2, c01)).isEqualTo(15_000);
        assertThat(history.hasPrevious[c01]).isTrue();
        assertThat(history.previousTier(c01)).isEqualTo(Tier.SILVER);
        assertThat(history.previousRank[c01]).isEqualTo(1);
        assertThat(history.previousBilledToDate[c01]).isEqualTo(15_000);
        assertThat(history.previousPlan[c01]).isEqualTo(3_000);

        int c02 = frame.position("C02");
        assertThat(history.spend(0, c02)).isEqualTo(4_000);
        assertThat(history.billedToDate(0, c02)).isEqualTo(4_000);
        assertThat(history.spend(2, c02)).as("an estimate is no history").isZero();
        assertThat(history.billedToDate(2, c02)).isZero();
        assertThat(history.hasPrevious[c02]).isFalse();
        assertThat(history.previousRank[c02]).isZero();

        inputs.estimate(frame);
        assertThat(frame.breakdown[c01 * ChargeType.COUNT + ChargeType.PLAN.ordinal()])
                .isEqualTo(OpenMonthEstimate.proratedPlan(3_000, AS_OF)).isPositive();
        assertThat(frame.breakdown[c02 * ChargeType.COUNT + ChargeType.PLAN.ordinal()]).isZero();
    }

    @Test
    void aWindowOfThePreviousMonthAloneReadsItsState() {
        history("C03", "2024-10", false, "30.00", "150.00", "GOLD", 4);

        MonthFrame frame = frame();
        inputs.history(frame, List.of(PREVIOUS), PREVIOUS);

        int c03 = frame.position("C03");
        assertThat(frame.history.spend(0, c03)).isEqualTo(3_000);
        assertThat(frame.history.previousTier(c03)).isEqualTo(Tier.GOLD);
        assertThat(frame.history.previousRank[c03]).isEqualTo(4);
    }

    /** The previous month's star columns come with its history row, as its own read of them gave them. */
    @Test
    void thePreviousMonthsStarColumnsComeWithItsHistoryRow() {
        history("C01", "2024-10", false, "30.00", "150.00", "GOLD", 1);
        history("C02", "2024-10", false, "40.00", "40.00", "SILVER", 2);
        String level = rules.stars.ladder.name(0);
        jdbc.update("UPDATE customer_month SET star_level = ?, star_score = 420, star_year_spend = 321.50,"
                + " star_suspensions = 2, near_star = FALSE WHERE customer_id = 'C01'", level);
        jdbc.update("UPDATE customer_month SET star_level = NULL, star_score = NULL, star_year_spend = NULL,"
                + " star_suspensions = 0, star_exclusion = 'BLOCKLIST', near_star = TRUE WHERE customer_id = 'C02'");

        MonthFrame frame = frame();
        StarFrame stars = new StarFrame(frame.size);
        inputs.history(frame, WINDOW, PREVIOUS, stars, rules.stars.ladder);

        int c01 = frame.position("C01");
        assertThat(frame.history.previousTier(c01)).isEqualTo(Tier.GOLD);
        assertThat(stars.previousLevel[c01]).isEqualTo(0);
        assertThat(stars.previousScore[c01]).isEqualTo(420);
        assertThat(stars.previousYearSpend[c01]).isEqualTo(32_150);
        assertThat(stars.previousSuspensions[c01]).isEqualTo(2);
        assertThat(stars.previousNearStar[c01]).isFalse();
        int c02 = frame.position("C02");
        assertThat(stars.previousLevel[c02]).isEqualTo(com.jinpai.value.star.StarLadder.NONE);
        assertThat(stars.previousScore[c02]).isEqualTo(StarFrame.NO_SCORE);
        assertThat(stars.previousYearSpend[c02]).isZero();
        assertThat(stars.previousExclusion[c02]).isEqualTo(com.jinpai.value.star.StarExclusion.BLOCKLIST);
        assertThat(stars.previousNearStar[c02]).isTrue();
    }

    /**
     * The estimate's partitions read their customers and history together (one pass over each
     * month's rows for all of them, as {@link ValueEvaluator#readEstimateFrames} reads them), the
     * earlier months in turn or on another thread beside the previous month: each frame is the one
     * its partition reads alone, rows chosen by their stored bucket, so a customer whose bucket
     * moved in the customer table alone keeps no history in its new partition.
     */
    @Test
    void thePartitionsHistoryReadTogetherIsTheHistoryEachReadsAlone() {
        addPartitionsCustomers();
        thePartitionsHistoryReadTogetherIsTheHistoryEachReadsAlone(null);
        thePartitionsHistoryReadTogetherIsTheHistoryEachReadsAlone(new SimpleAsyncTaskExecutor("test-history-"));
    }

    private void addPartitionsCustomers() {
        String level = rules.stars.ladder.name(0);
        for (int i = 0; i < 40; i++) {
            String id = String.format("D%03d", i);
            jdbc.update("INSERT INTO customer (customer_id, region, brand, join_date, status, file_id, value_bucket)"
                    + " VALUES (?, 'R1', 'B1', '2024-01-15', 'ACTIVE', 1, ?)", id, CustomerBuckets.of(id));
            if (i % 5 != 0) {
                history(id, "2024-08", false, i + ".00", (10 * i) + ".00", "GOLD", i);
            }
            history(id, "2024-09", false, (i + 1) + ".00", (11 * i) + ".00", "SILVER", i + 1);
            if (i % 3 != 0) {
                history(id, "2024-10", false, (i + 2) + ".00", (12 * i) + ".00", i % 2 == 0 ? "GOLD" : "SILVER", i + 2);
                jdbc.update("UPDATE customer_month SET star_level = ?, star_score = ?, star_year_spend = ?,"
                        + " star_suspensions = ? WHERE customer_id = ? AND bill_month = '2024-10'", level, 100 + i,
                        i + 0.5, i % 4, id);
            }
            // an estimate is never history
            history(id, "2024-11", true, "99.00", "99.00", "DIAMOND", 9);
        }
        String moved = "D001";
        jdbc.update("UPDATE customer SET value_bucket = ? WHERE customer_id = ?", movedTo(moved), moved);
    }

    private static int movedTo(String id) {
        return (CustomerBuckets.of(id) + CustomerBuckets.COUNT / 2) % CustomerBuckets.COUNT;
    }

    private void thePartitionsHistoryReadTogetherIsTheHistoryEachReadsAlone(AsyncTaskExecutor sideBySide) {
        String moved = "D001";
        int other = movedTo(moved);
        List<CustomerBuckets.Range> ranges = CustomerBuckets.split(4);

        MonthInputs.Frames frames = inputs.customers(OPEN, AS_OF, false, ranges);
        List<StarFrame> starsTogether = frames.frames.stream().map(frame -> new StarFrame(frame.size)).toList();
        inputs.history(frames, WINDOW, PREVIOUS, starsTogether, rules.stars.ladder, sideBySide);

        assertThat(frames.frames).hasSize(ranges.size());
        int customers = 0;
        for (int k = 0; k < ranges.size(); k++) {
            MonthFrame together = frames.frames.get(k);
            StarFrame stars = starsTogether.get(k);
            MonthFrame alone = inputs.customers(OPEN, AS_OF, false, ranges.get(k));
            StarFrame starsAlone = new StarFrame(alone.size);
            inputs.history(alone, WINDOW, PREVIOUS, starsAlone, rules.stars.ladder);

            assertThat(together.range).isEqualTo(ranges.get(k));
            assertThat(together.ids).as("customers of " + ranges.get(k)).containsExactly(alone.ids).isNotEmpty();
            History expected = alone.history;
            History actual = together.history;
            for (int slot = 0; slot < WINDOW.size(); slot++) {
                for (int p = 0; p < together.size; p++) {
                    assertThat(actual.spend(slot, p)).as(WINDOW.get(slot) + " of " + together.ids[p])
                            .isEqualTo(expected.spend(slot, p));
                    assertThat(actual.billedToDate(slot, p)).isEqualTo(expected.billedToDate(slot, p));
                }
            }
            assertThat(actual.hasPrevious).containsExactly(expected.hasPrevious);
            assertThat(actual.previousTier).containsExactly(expected.previousTier);
            assertThat(actual.previousRank).containsExactly(expected.previousRank);
            assertThat(actual.previousBilledToDate).containsExactly(expected.previousBilledToDate);
            assertThat(actual.previousPlan).containsExactly(expected.previousPlan);
            assertThat(stars.previousLevel).containsExactly(starsAlone.previousLevel);
            assertThat(stars.previousScore).containsExactly(starsAlone.previousScore);
            assertThat(stars.previousYearSpend).containsExactly(starsAlone.previousYearSpend);
            assertThat(stars.previousSuspensions).containsExactly(starsAlone.previousSuspensions);
            customers += together.size;
        }
        assertThat(customers).isEqualTo(43);
        MonthFrame ofMoved = frames.frames.stream().filter(frame -> frame.position(moved) >= 0).findFirst()
                .orElseThrow();
        int position = ofMoved.position(moved);
        assertThat(other).isBetween(ofMoved.range.from(), ofMoved.range.to() - 1);
        assertThat(ofMoved.history.hasPrevious[position]).isFalse();
        assertThat(ofMoved.history.spend(1, position)).isZero();
        // a customer with rows in its own bucket has them all, the estimate's rows left out
        MonthFrame ofD004 = frames.frames.stream().filter(frame -> frame.position("D004") >= 0).findFirst()
                .orElseThrow();
        int d004 = ofD004.position("D004");
        assertThat(ofD004.history.spend(0, d004)).isEqualTo(400);
        assertThat(ofD004.history.spend(2, d004)).isEqualTo(600);
        assertThat(ofD004.history.previousTier(d004)).isEqualTo(Tier.GOLD);
        assertThat(starsTogether.get(frames.frames.indexOf(ofD004)).previousScore[d004]).isEqualTo(104);
    }

    private MonthFrame frame() {
        MonthFrame frame = inputs.customers(OPEN, AS_OF, false);
        if (frame.history == null) {
            inputs.history(frame, List.of(), null);
        }
        return frame;
    }

    private static long cell(MonthFrame frame, int position, ChargeType type) {
        return frame.breakdown[position * ChargeType.COUNT + type.ordinal()];
    }

    private void usage(String day, String id, long file, long voice, long sms, long data, long roaming,
            boolean active) {
        jdbc.update("INSERT INTO usage_day (usage_date, customer_id, file_id, voice_rated, sms_rated, data_rated,"
                + " roaming_rated, services, active, value_bucket) VALUES (?, ?, ?, ?, ?, ?, ?, 15, ?, ?)",
                LocalDate.parse(day), id, file, voice, sms, data, roaming, active, CustomerBuckets.of(id));
    }

    private void history(String id, String month, boolean estimated, String spend, String billedToDate, String tier,
            int rank) {
        jdbc.update("INSERT INTO customer_month (customer_id, bill_month, estimated, tier, indicated_tier, spend,"
                + " spend_plan, billed_to_date, rank_overall, value_bucket) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                month, estimated, tier, tier, new java.math.BigDecimal(spend), new java.math.BigDecimal(spend),
                new java.math.BigDecimal(billedToDate), rank, CustomerBuckets.of(id));
    }

    @OnH2
    static class H2Tests extends EstimateReadsIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends EstimateReadsIntegrationTests {
    }
}
