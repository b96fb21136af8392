package com.jinpai.value;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jinpai.report.ReportService;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.value.tier.Tier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The value flows on {@link ValueScenario}, July to October 2024, every expected figure worked
 * out by hand from the table in the scenario.
 */
abstract class ValueFlowsIntegrationTests {

    private static final List<String> SUMMARY_TABLES = List.of("value_month_summary", "value_month_tier",
            "value_month_star_move", "value_month_pareto");

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("monthCloseValueFlow")
    Flow monthCloseValueFlow;

    @Autowired
    @Qualifier("nightlyValueFlow")
    Flow nightlyValueFlow;

    @Autowired
    @Qualifier("valueCatchUpFlow")
    Flow valueCatchUpFlow;

    @Autowired
    ValueSummaryQuery summaries;

    @Autowired
    ReportService reportService;

    @Autowired
    ClosedMonths closedMonths;

    @Autowired
    ValueRules valueRules;

    private TestDatabase database;
    private JdbcTemplate jdbc;
    private ValueFixture fixture;
    private ValueScenario scenario;
    private long runs;

    @BeforeEach
    void emptyDatabase() {
        database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        fixture = new ValueFixture(jdbc);
        scenario = new ValueScenario(fixture);
    }

    // ---- spend and averages ------------------------------------------------------------------

    @Test
    void severalClosedMonthsLoadedAtOnceAreEvaluatedInOrder() throws Exception {
        scenario.customers().julyToSeptember();

        JobExecution execution = monthClose("2024-09").execution();

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT bill_month FROM value_month_state ORDER BY bill_month", String.class))
                .containsExactly("2024-07", "2024-08", "2024-09");
        assertThat(jdbc.queryForList("SELECT bill_month, COUNT(*) FROM customer_month GROUP BY bill_month"
                + " ORDER BY bill_month").stream().map(r -> ((Number) r.values().toArray()[1]).intValue()))
                .as("July has no C02 (joined in August); no month has C10 (joins in October)")
                .containsExactly(7, 8, 8);
        assertThat(row("2024-07", "C05").get("tier")).isEqualTo("PLATINUM");
        assertThat(row("2024-08", "C05").get("tier")).isEqualTo("PLATINUM");
        assertThat(row("2024-09", "C05").get("tier")).isEqualTo("GOLD");
    }

    @Test
    void spendLeavesEquipmentOutAndKeepsTheBreakdown() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");

        Map<String, Object> c01 = row("2024-09", "C01");
        assertThat(money(c01, "spend")).isEqualByComparingTo("200.00");
        assertThat(money(c01, "spend_plan")).isEqualByComparingTo("100.00");
        assertThat(money(c01, "spend_data")).isEqualByComparingTo("100.00");
        assertThat(money(c01, "spend_equipment")).isEqualByComparingTo("50.00");
        assertThat(money(c01, "billed_to_date")).as("the bills: 3 x 250.00, handsets included")
                .isEqualByComparingTo("750.00");

        Map<String, Object> c06 = row("2024-09", "C06");
        assertThat(money(c06, "spend")).as("300 + 630 - 20 discount - 10 refund").isEqualByComparingTo("900.00");
        assertThat(money(c06, "spend_discount")).isEqualByComparingTo("-20.00");
        assertThat(money(c06, "spend_refund")).isEqualByComparingTo("-10.00");
    }

    @Test
    void aMonthWithNoBillIsSpendZeroAndCountsInTheAverage() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");

        Map<String, Object> august = row("2024-08", "C03");
        assertThat(money(august, "spend")).isEqualByComparingTo("0.00");
        assertThat(money(august, "avg_spend")).as("(300 + 0) / 2, exactly on the GOLD line")
                .isEqualByComparingTo("150.00");
        assertThat(august.get("tier")).isEqualTo("GOLD");
        assertThat(money(row("2024-09", "C03"), "avg_spend")).as("(300 + 0 + 300) / 3")
                .isEqualByComparingTo("200.00");
    }

    @Test
    void aCustomerJoiningInsideTheWindowAveragesFromTheJoinMonth() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");

        Map<String, Object> c02 = row("2024-09", "C02");
        assertThat(money(c02, "avg_spend")).as("(90 + 120) / 2").isEqualByComparingTo("105.00");
        assertThat(((Number) c02.get("avg_months")).intValue()).isEqualTo(2);
        assertThat(money(c02, "prior_avg_spend")).as("August only").isEqualByComparingTo("90.00");
        assertThat(c02.get("tier")).isEqualTo("SILVER");
        assertThat(c02.get("trend")).isEqualTo("NEW");
        assertThat(money(row("2024-09", "C01"), "prior_avg_spend")).as("July and August")
                .isEqualByComparingTo("200.00");
    }

    // ---- tiers -------------------------------------------------------------------------------

    @Test
    void anUpgradeAppliesAtOnce() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");

        assertThat(row("2024-07", "C07").get("tier")).isEqualTo("SILVER");
        Map<String, Object> august = row("2024-08", "C07");
        assertThat(money(august, "avg_spend")).as("(100 + 1900) / 2").isEqualByComparingTo("1000.00");
        assertThat(august.get("tier")).isEqualTo("DIAMOND");
        assertThat(august.get("previous_tier")).isEqualTo("SILVER");
    }

    @Test
    void aSingleDipIsGraceAndTwoDipsDowngrade() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");

        Map<String, Object> august = row("2024-08", "C05");
        assertThat(money(august, "avg_spend")).as("(600 + 0) / 2").isEqualByComparingTo("300.00");
        assertThat(august.get("indicated_tier")).isEqualTo("GOLD");
        assertThat(august.get("tier")).isEqualTo("PLATINUM");
        assertThat(august.get("in_grace")).isEqualTo(true);
        assertThat(((Number) august.get("downgrade_count")).intValue()).isEqualTo(1);

        Map<String, Object> september = row("2024-09", "C05");
        assertThat(money(september, "avg_spend")).as("(600 + 0 + 0) / 3").isEqualByComparingTo("200.00");
        assertThat(september.get("tier")).isEqualTo("GOLD");
        assertThat(september.get("previous_tier")).isEqualTo("PLATINUM");
        assertThat(september.get("in_grace")).isEqualTo(false);
    }

    @Test
    void aDipThenRecoveryResetsTheCount() throws Exception {
        scenario.customers().julyToSeptember().octoberBills();
        monthClose("2024-10");

        assertThat(row("2024-08", "C06")).extractingByKeys("tier", "indicated_tier", "in_grace")
                .containsExactly("PLATINUM", "GOLD", true);
        assertThat(row("2024-09", "C06")).extractingByKeys("tier", "indicated_tier", "in_grace")
                .containsExactly("PLATINUM", "PLATINUM", false);
        Map<String, Object> october = row("2024-10", "C06");
        assertThat(money(october, "avg_spend")).as("(300 + 900 + 0) / 3").isEqualByComparingTo("400.00");
        assertThat(october).extractingByKeys("tier", "indicated_tier", "in_grace")
                .as("one dip since the recovery: still in grace, not downgraded")
                .containsExactly("PLATINUM", "GOLD", true);
    }

    @Test
    void tierHistoryAnswersWhatTierACustomerHadOnADay() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");

        assertThat(jdbc.queryForList("SELECT tier, effective_from, effective_to, evaluated_month FROM tier_history"
                + " WHERE customer_id = 'C05' ORDER BY effective_from"))
                .extracting(r -> r.get("tier"), r -> String.valueOf(r.get("effective_from")),
                        r -> String.valueOf(r.get("effective_to")), r -> r.get("evaluated_month"))
                .containsExactly(tuple("PLATINUM", "2024-08-01", "2024-09-30", "2024-07"),
                        tuple("GOLD", "2024-10-01", "null", "2024-09"));
        assertThat(tierOn("C05", "2024-09-30")).isEqualTo("PLATINUM");
        assertThat(tierOn("C05", "2024-10-01")).isEqualTo("GOLD");
        assertThat(tierOn("C07", "2024-08-31")).isEqualTo("SILVER");
        assertThat(tierOn("C07", "2024-09-01")).isEqualTo("DIAMOND");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tier_history", Integer.class))
                .as("one row per customer, two for C05 and C07").isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tier_history WHERE effective_to IS NULL",
                Integer.class)).isEqualTo(8);
        assertThat(jdbc.queryForList("SELECT from_tier, to_tier, customers FROM tier_migration"
                + " WHERE bill_month = '2024-09' ORDER BY from_tier, to_tier"))
                .extracting(r -> r.get("from_tier"), r -> r.get("to_tier"), r -> ((Number) r.get("customers")).intValue())
                .containsExactlyInAnyOrder(tuple("GOLD", "GOLD", 3), tuple("SILVER", "SILVER", 1),
                        tuple("PLATINUM", "GOLD", 1), tuple("PLATINUM", "PLATINUM", 1), tuple("DIAMOND", "DIAMOND", 2));
    }

    // ---- ranking -----------------------------------------------------------------------------

    @Test
    void ranksByAverageWithTiesByCustomerIdAndClosedCustomersLeftOut() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");

        // N = 7: C07 1000, C06 600, then C01 C03 C05 C09 tied at 200, C02 105; C08 is CLOSED
        assertThat(jdbc.queryForList("SELECT customer_id, rank_overall, rank_region, rank_brand, decile, percentile"
                + " FROM customer_month WHERE bill_month = '2024-09' ORDER BY customer_id"))
                .extracting(r -> r.get("customer_id"), r -> intOrNull(r.get("rank_overall")),
                        r -> intOrNull(r.get("rank_region")), r -> intOrNull(r.get("rank_brand")),
                        r -> intOrNull(r.get("decile")), r -> plain(r.get("percentile")))
                .containsExactly(
                        tuple("C01", 3, 3, 1, 5, "71.43"),
                        tuple("C02", 7, 4, 3, 10, "14.29"),
                        tuple("C03", 4, 1, 2, 6, "57.14"),
                        tuple("C05", 5, 2, 3, 8, "42.86"),
                        tuple("C06", 2, 2, 2, 3, "85.71"),
                        tuple("C07", 1, 1, 1, 2, "100.00"),
                        tuple("C08", null, null, null, null, null),
                        tuple("C09", 6, 3, 4, 9, "28.57"));
        Map<String, Object> c01 = row("2024-09", "C01");
        assertThat(intOrNull(c01.get("previous_rank"))).as("August: C07 C06 C05 C01").isEqualTo(4);
        assertThat(intOrNull(c01.get("rank_movement"))).isEqualTo(1);
        assertThat(row("2024-09", "C08")).extractingByKeys("tier", "vip").containsExactly("DIAMOND", false);
    }

    @Test
    void topNRecordsEntriesAndExits() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");
        fixture.status("C09", "CLOSED");
        scenario.octoberBills();
        monthClose("2024-10");

        assertThat(jdbc.queryForList("SELECT bill_month, customer_id, change_type, rank_now, rank_before"
                + " FROM top_n_change ORDER BY bill_month, customer_id"))
                .extracting(r -> r.get("bill_month"), r -> r.get("customer_id"), r -> r.get("change_type"),
                        r -> intOrNull(r.get("rank_now")), r -> intOrNull(r.get("rank_before")))
                .as("July is the first month: nothing to enter from. C02 enters in August; in October C09"
                        + " closes and leaves, C10 joins and enters")
                .containsExactly(
                        tuple("2024-08", "C02", "ENTERED", 7, null),
                        tuple("2024-10", "C09", "LEFT", null, 6),
                        tuple("2024-10", "C10", "ENTERED", 6, null));
        assertThat(row("2024-10", "C10").get("top_n")).isEqualTo(true);
    }

    // ---- RFM, trend, arrears -----------------------------------------------------------------

    @Test
    void rfmScoresByQuintileAndNamesTheSegment() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");

        // recency on 30 Sep: C01 0, C05 0, C07 1, C06 10, C02 20, C03 46, C09 never -> R 5 5 4 3 3 2 1
        // active days: C01 30, C06 20, C02 10, C05 6, C07 1, C03 0, C09 0     -> F 5 5 4 3 3 2 2
        // spend: C07 1000, C06 900, C03 300, C01 200, C09 200, C02 120, C05 0  -> M 5 5 4 3 3 2 1
        assertThat(jdbc.queryForList("SELECT customer_id, recency_days, frequency_days, r_score, f_score, m_score,"
                + " rfm_segment FROM customer_month WHERE bill_month = '2024-09' ORDER BY customer_id"))
                .extracting(r -> r.get("customer_id"), r -> intOrNull(r.get("recency_days")),
                        r -> intOrNull(r.get("frequency_days")), r -> intOrNull(r.get("r_score")),
                        r -> intOrNull(r.get("f_score")), r -> intOrNull(r.get("m_score")), r -> r.get("rfm_segment"))
                .containsExactly(
                        tuple("C01", 0, 30, 5, 5, 3, "CHAMPIONS"),
                        tuple("C02", 20, 10, 3, 4, 2, "NEED_ATTENTION"),
                        tuple("C03", 46, 0, 2, 2, 4, "NEED_ATTENTION"),
                        tuple("C05", 0, 6, 5, 3, 1, "POTENTIAL_LOYALIST"),
                        tuple("C06", 10, 20, 3, 5, 5, "LOYAL"),
                        tuple("C07", 1, 1, 4, 3, 5, "CHAMPIONS"),
                        tuple("C08", 0, 30, null, null, null, null),
                        tuple("C09", null, 0, 1, 2, 3, "AT_RISK"));
    }

    @Test
    void trendComparesTheMonthWithThePriorAverage() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");

        assertThat(jdbc.queryForList("SELECT customer_id, trend FROM customer_month WHERE bill_month = '2024-09'"
                + " ORDER BY customer_id"))
                .extracting(r -> r.get("customer_id"), r -> r.get("trend"))
                .containsExactly(
                        tuple("C01", "STABLE"),     // 200 against 200
                        tuple("C02", "NEW"),        // joined in August
                        tuple("C03", "DORMANT"),    // last usage 15 August
                        tuple("C05", "DECLINING"),  // 0 against 300
                        tuple("C06", "GROWING"),    // 900 against 450
                        tuple("C07", "STABLE"),     // 1000 against 1000
                        tuple("C08", "STABLE"),     // 5000 against 5000
                        tuple("C09", "DORMANT"));   // never used
    }

    @Test
    void arrearsAreBilledMinusPaidOnBillsPastDue() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");

        // On 30 Sep the July and August bills (250.00 each) are past due; payments count from
        // 1 Aug: 250.00 + a partial 100.00. The 999.00 of 15 July settles a bill before the data.
        Map<String, Object> c01 = row("2024-09", "C01");
        assertThat(money(c01, "paid_to_date")).isEqualByComparingTo("350.00");
        assertThat(money(c01, "arrears")).isEqualByComparingTo("150.00");
        assertThat(money(row("2024-08", "C01"), "arrears")).as("July bill paid in full on 10 Aug")
                .isEqualByComparingTo("0.00");
        assertThat(money(row("2024-07", "C01"), "arrears")).as("nothing past due yet").isEqualByComparingTo("0.00");
        assertThat(money(row("2024-09", "C02"), "arrears")).isEqualByComparingTo("90.00");
        assertThat(money(row("2024-09", "C06"), "arrears")).isEqualByComparingTo("900.00");
    }

    // ---- nightly estimate --------------------------------------------------------------------

    @Test
    void nightlyEstimatesTheOpenMonthAndCarriesTheTier() throws Exception {
        scenario.customers().julyToSeptember().octoberUsage();
        monthClose("2024-09");
        List<Map<String, Object>> tierHistory = table("tier_history");

        JobExecution execution = nightly("2024-10", "2024-10-10").execution();

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Object> c01 = row("2024-10", "C01");
        assertThat(c01.get("estimated")).isEqualTo(true);
        // plan 100.00 * 10 / 31 = 32.26; data 10 x 1.2345 = 12.345 -> 12.35; voice 0.50
        assertThat(money(c01, "spend_plan")).isEqualByComparingTo("32.26");
        assertThat(money(c01, "spend_data")).isEqualByComparingTo("12.35");
        assertThat(money(c01, "spend_voice")).isEqualByComparingTo("0.50");
        assertThat(money(c01, "spend")).isEqualByComparingTo("45.11");
        assertThat(c01).extractingByKeys("tier", "previous_tier", "vip").containsExactly("GOLD", "GOLD", true);
        assertThat(money(c01, "avg_spend")).isEqualByComparingTo("200.00");
        assertThat(money(c01, "prior_avg_spend")).isEqualByComparingTo("200.00");
        assertThat(c01.get("trend")).as("on pace for 45.11 * 31 / 10 = 139.84, under 70% of 200")
                .isEqualTo("DECLINING");
        assertThat(money(c01, "arrears")).as("on 10 Oct only July and August are past due: 500 - 350")
                .isEqualByComparingTo("150.00");
        assertThat(intOrNull(c01.get("frequency_days"))).isEqualTo(10);

        Map<String, Object> c10 = row("2024-10", "C10");
        assertThat(c10).extractingByKeys("tier", "trend", "rank_overall").containsExactly("NEW", "NEW", null);
        assertThat(money(c10, "spend")).isEqualByComparingTo("3.00");
        assertThat(c10.get("avg_spend")).isNull();

        assertThat(row("2024-10", "C05")).extractingByKeys("tier", "in_grace").containsExactly("GOLD", false);
        assertThat(table("tier_history")).as("estimates never move tiers").isEqualTo(tierHistory);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM segment_summary WHERE bill_month = '2024-10'"
                + " AND dimension = 'TIER'", Integer.class)).isPositive();
    }

    @Test
    void nightlyRerunGivesIdenticalRowsAndMonthCloseReplacesTheEstimate() throws Exception {
        scenario.customers().julyToSeptember().octoberUsage();
        monthClose("2024-09");
        nightly("2024-10", "2024-10-10");
        List<Map<String, Object>> first = table("customer_month");
        List<Map<String, Object>> segments = table("segment_summary");

        Map<String, List<Map<String, Object>>> estimate = summaryTables();
        assertThat(summaries.forMonth(YearMonth.of(2024, 10)).estimated()).isTrue();
        assertThat(summaries.starMoves(YearMonth.of(2024, 10))).as("an estimate's").isEmpty();
        nightly("2024-10", "2024-10-10");

        assertThat(table("customer_month")).isEqualTo(first);
        assertThat(table("segment_summary")).isEqualTo(segments);
        assertThat(summaryTables()).isEqualTo(estimate);

        scenario.octoberBills();
        monthClose("2024-10");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_month WHERE bill_month = '2024-10'"
                + " AND estimated = TRUE", Integer.class)).isZero();
        assertThat(money(row("2024-10", "C01"), "spend")).isEqualByComparingTo("200.00");
        ValueSummary closed = summaries.forMonth(YearMonth.of(2024, 10));
        assertThat(closed.estimated()).isFalse();
        assertThat(closed.revenue()).isEqualByComparingTo(jdbc.queryForObject("SELECT SUM(spend) FROM customer_month"
                + " WHERE bill_month = '2024-10'", BigDecimal.class));
        assertThat(summaries.starMoves(YearMonth.of(2024, 10))).isNotEmpty();
        assertSummariesAreWhatTheRowsAddUpTo();
    }

    @Test
    void nightlyForAClosedMonthDoesNothing() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");
        List<Map<String, Object>> before = table("customer_month");

        JobExecution execution = nightly("2024-09", "2024-09-30").execution();

        assertThat(execution.getAllFailureExceptions()).isEmpty();
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions().iterator().next().getExitStatus().getExitDescription())
                .contains("nothing to estimate", "2024-09 is closed");
        assertThat(table("customer_month")).isEqualTo(before);
    }

    // ---- re-runs and re-closes ---------------------------------------------------------------

    @Test
    void rerunningAMonthGivesIdenticalRows() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");
        Map<String, List<Map<String, Object>>> first = valueTables();

        JobExecution rerun = monthClose("2024-09").execution();

        assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(valueTables()).isEqualTo(first);
    }

    @Test
    void rerunningAMonthAfterALaterOneClosedEvaluatesBothAndGivesIdenticalRows() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");
        scenario.octoberBills();
        monthClose("2024-10");
        Map<String, List<Map<String, Object>>> first = valueTables();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tier_history WHERE evaluated_month = '2024-10'",
                Integer.class)).as("October moved tiers, so its history continues September's").isPositive();

        JobExecution rerun = monthClose("2024-09").execution();

        assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(valueTables()).as("October's tier history survives September's re-run").isEqualTo(first);
        assertThat(jdbc.queryForList("SELECT bill_month FROM value_month_state WHERE job_execution_id = ?"
                + " ORDER BY bill_month", String.class, rerun.getId())).containsExactly("2024-09", "2024-10");
    }

    @Test
    void unchangedMonthsAreNotEvaluatedAgain() throws Exception {
        scenario.customers().julyToSeptember();
        JobExecution september = monthClose("2024-09").execution();
        scenario.octoberBills();

        JobExecution october = monthClose("2024-10").execution();

        assertThat(jdbc.queryForList("SELECT bill_month, job_execution_id FROM value_month_state ORDER BY bill_month"))
                .extracting(r -> r.get("bill_month"), r -> ((Number) r.get("job_execution_id")).longValue())
                .containsExactly(tuple("2024-07", september.getId()), tuple("2024-08", september.getId()),
                        tuple("2024-09", september.getId()), tuple("2024-10", october.getId()));
    }

    @Test
    void monthsEvaluatedWhenFingerprintsNamedFilesByIdKeepTheirEvaluation() throws Exception {
        scenario.customers().julyToSeptember();
        JobExecution september = monthClose("2024-09").execution();
        LinkedHashMap<YearMonth, String> byName = closedMonths.expectedFingerprints(valueRules.digest());
        LinkedHashMap<YearMonth, String> byId = closedMonths.idFingerprints(valueRules.digest());
        assertThat(byId).as("the two forms differ, or this test proves nothing").isNotEqualTo(byName);
        byId.forEach((month, fingerprint) -> jdbc.update("UPDATE value_month_state SET fingerprint = ?"
                + " WHERE bill_month = ?", fingerprint, month.toString()));
        jdbc.update("UPDATE value_month_state SET fingerprint = 'inputs changed since' WHERE bill_month = '2024-08'");
        scenario.octoberBills();

        JobExecution october = monthClose("2024-10").execution();

        assertThat(jdbc.queryForList("SELECT bill_month, job_execution_id FROM value_month_state ORDER BY bill_month"))
                .as("July keeps its evaluation; August was stale, so it and every month after it are evaluated")
                .extracting(r -> r.get("bill_month"), r -> ((Number) r.get("job_execution_id")).longValue())
                .containsExactly(tuple("2024-07", september.getId()), tuple("2024-08", october.getId()),
                        tuple("2024-09", october.getId()), tuple("2024-10", october.getId()));
        assertThat(closedMonths.storedFingerprints())
                .isEqualTo(closedMonths.expectedFingerprints(valueRules.digest()));
    }

    @Test
    void aColdBackfillEvaluatesEachMonthOnceAndEndsLikeOneMonthCloseOfTheLastMonth() throws Exception {
        scenario.customers().julyToSeptember().octoberBills();
        Map<String, List<String>> evaluated = new LinkedHashMap<>();
        for (String month : List.of("2024-07", "2024-08", "2024-09", "2024-10")) {
            JobExecution execution = monthClose(month).execution();
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            evaluated.put(month, evaluatedBy(execution));
        }
        Map<String, List<Map<String, Object>>> backfill = valueTables();

        assertThat(evaluated).as("4 month-closes, 4 evaluations: no month after the requested one")
                .containsExactly(entry("2024-07", List.of("2024-07")), entry("2024-08", List.of("2024-08")),
                        entry("2024-09", List.of("2024-09")), entry("2024-10", List.of("2024-10")));

        database.reset();
        scenario.customers().julyToSeptember().octoberBills();
        JobExecution atOnce = monthClose("2024-10").execution();

        assertThat(evaluatedBy(atOnce)).containsExactly("2024-07", "2024-08", "2024-09", "2024-10");
        assertThat(valueTables()).isEqualTo(backfill);
    }

    @Test
    void aReclosedMonthReevaluatesOnlyTheLaterMonthsEvaluatedBeforeAndEndsLikeAFreshDatabase() throws Exception {
        scenario.customers().julyToSeptember().octoberBills();
        monthClose("2024-07");
        monthClose("2024-08");
        monthClose("2024-09");
        correctAugustOfC02();

        JobExecution reclose = monthClose("2024-08").execution();
        JobExecution october = monthClose("2024-10").execution();

        assertThat(evaluatedBy(reclose)).as("September was evaluated from the old August; October never was")
                .containsExactly("2024-08", "2024-09");
        assertThat(evaluatedBy(october)).containsExactly("2024-10");
        assertThat(money(row("2024-10", "C02"), "avg_spend")).as("(96 + 120 + 120) / 3")
                .isEqualByComparingTo("112.00");
        Map<String, List<Map<String, Object>>> sequence = valueTables();

        // a fresh database fed the final inputs, the same month-closes
        database.reset();
        scenario.customers().julyToSeptember().octoberBills();
        correctAugustOfC02();
        for (String month : List.of("2024-07", "2024-08", "2024-09", "2024-10")) {
            assertThat(evaluatedBy(monthClose(month).execution())).containsExactly(month);
        }

        assertThat(valueTables()).isEqualTo(sequence);
    }

    @Test
    void theNightlyEvaluatesTheClosedMonthsNoMonthCloseReachedBeforeItsEstimate() throws Exception {
        scenario.customers().julyToSeptember().octoberUsage();
        JobExecution july = monthClose("2024-07").execution();
        JobExecution night = nightlyWithCatchUp("2024-10", "2024-10-10").execution();

        assertThat(evaluatedBy(july)).containsExactly("2024-07");
        assertThat(night.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(evaluatedBy(night)).as("the estimate reads the whole closed history")
                .containsExactly("2024-08", "2024-09");
        Map<String, List<Map<String, Object>>> caughtUp = valueTables();

        database.reset();
        scenario.customers().julyToSeptember().octoberUsage();
        monthClose("2024-09");
        assertThat(evaluatedBy(nightlyWithCatchUp("2024-10", "2024-10-10").execution())).isEmpty();

        assertThat(valueTables()).isEqualTo(caughtUp);
        assertThat(money(row("2024-10", "C01"), "avg_spend")).isEqualByComparingTo("200.00");
    }

    /** The corrected August file bills C02 36.00 of data instead of 30.00. */
    private void correctAugustOfC02() {
        fixture.removeLine("C02", "2024-08", "DATA", "30.00");
        fixture.line("C02-2024-08-DATA-v2", "C02", "2024-08", "DATA", "36.00").replace("2024-08");
    }

    private List<String> evaluatedBy(JobExecution execution) {
        return jdbc.queryForList("SELECT bill_month FROM value_month_state WHERE job_execution_id = ?"
                + " ORDER BY bill_month", String.class, execution.getId());
    }

    @Test
    void aCorrectedBillForAPastMonthReevaluatesLaterMonthsAndChangesOnlyItsCustomer() throws Exception {
        scenario.customers().julyToSeptember().octoberBills();
        monthClose("2024-10");
        List<Map<String, Object>> before = table("customer_month");
        List<Map<String, Object>> tierHistory = table("tier_history");
        List<Map<String, Object>> topN = table("top_n_change");
        ValueSummary august = summaries.forMonth(YearMonth.of(2024, 8));

        // the corrected August file bills C02 36.00 of data instead of 30.00
        fixture.removeLine("C02", "2024-08", "DATA", "30.00");
        fixture.line("C02-2024-08-DATA-v2", "C02", "2024-08", "DATA", "36.00").replace("2024-08");
        JobExecution reclose = monthClose("2024-08").execution();

        assertThat(jdbc.queryForList("SELECT bill_month FROM value_month_state WHERE job_execution_id = ?"
                + " ORDER BY bill_month", String.class, reclose.getId()))
                .containsExactly("2024-08", "2024-09", "2024-10");
        List<Map<String, Object>> after = table("customer_month");
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (!"C02".equals(before.get(i).get("customer_id"))) {
                assertThat(after.get(i)).as("row %s", i).isEqualTo(before.get(i));
            }
        }
        assertThat(money(row("2024-08", "C02"), "spend")).isEqualByComparingTo("96.00");
        assertThat(money(row("2024-09", "C02"), "avg_spend")).as("(96 + 120) / 2").isEqualByComparingTo("108.00");
        assertThat(money(row("2024-09", "C02"), "arrears")).isEqualByComparingTo("96.00");
        assertThat(money(row("2024-10", "C02"), "avg_spend")).as("(96 + 120 + 120) / 3")
                .isEqualByComparingTo("112.00");
        assertThat(table("tier_history")).isEqualTo(tierHistory);
        assertThat(table("top_n_change")).isEqualTo(topN);
        assertThat(summaries.forMonth(YearMonth.of(2024, 8)).revenue()).as("the re-closed month's summary")
                .isEqualByComparingTo(august.revenue().add(new BigDecimal("6.00")));
        assertSummariesAreWhatTheRowsAddUpTo();
    }

    @Test
    void aFailedMonthCloseRestartsAtTheMonthItFailedOn() throws Exception {
        scenario.customers().julyToSeptember();
        // a total no ingest writes: September's spend of C01 passes what a sum can hold
        fixture.total("C01", "2024-09", "VAS", Long.MAX_VALUE);

        JobExecution failed = monthClose("2024-09").execution();

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).extracting(Throwable::getMessage)
                .anySatisfy(message -> assertThat(message).contains("more than a sum can hold"));
        assertThat(jdbc.queryForList("SELECT bill_month FROM value_month_state ORDER BY bill_month", String.class))
                .as("July and August committed before September failed").containsExactly("2024-07", "2024-08");

        fixture.total("C01", "2024-09", "VAS", 0);
        // the same job and identifying parameters again: Spring Batch restarts the failed instance
        JobExecution restarted = jobs.startJob(failed.getJobParameters());

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT bill_month, job_execution_id FROM value_month_state ORDER BY bill_month"))
                .extracting(r -> r.get("bill_month"), r -> ((Number) r.get("job_execution_id")).longValue())
                .containsExactly(tuple("2024-07", failed.getId()), tuple("2024-08", failed.getId()),
                        tuple("2024-09", restarted.getId()));
        assertThat(row("2024-09", "C05").get("tier")).isEqualTo("GOLD");
    }

    @Test
    void aMonthThatIsNotClosedFailsSayingWhatToLoad() throws Exception {
        scenario.customers().julyToSeptember();

        JobExecution execution = monthClose("2024-12").execution();

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).extracting(Throwable::getMessage)
                .anySatisfy(message -> assertThat(message).contains("2024-12 is not closed", "bill_lines_2024-12"));
    }

    // ---- segments and summary ----------------------------------------------------------------

    /**
     * Stars through September 2024 (calendar year July-September, shipped config/stars.yml). July's
     * bill is due 20 August and checked 19 September: only C01 paid it (250.00 billed, 350.00 paid from
     * 1 August), so the others with a July bill have one suspension at September's evaluation.
     * <pre>
     * C01  tenure 20 months 100 + 600.00 spend 600 - 0   = 700  TWO_STAR (ONE_STAR at July, TWO_STAR at August)
     * C06  100 + (600 + 300 + 900) 1800 - 100            = 1800 THREE_STAR (since August: 100 + 900 = 1000)
     * C02  joined 2024-08-15, 1 month: not rated (TENURE); 90 + 120 = 210
     * C07  100 + 3000 - 100 (July's 100.00 unpaid) = 3000, but SUSPENDED: not rated (STATUS), no star
     * </pre>
     */
    @Test
    void starsOfAMonth() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");

        assertThat(jdbc.queryForList("SELECT customer_id, star_level, previous_star_level, star_score, star_year_spend,"
                + " star_suspensions, star_new_suspensions, star_exclusion FROM customer_month"
                + " WHERE bill_month = '2024-09' AND customer_id IN ('C01', 'C02', 'C06', 'C07') ORDER BY customer_id"))
                .extracting(r -> r.get("customer_id"), r -> r.get("star_level"), r -> r.get("previous_star_level"),
                        r -> ((Number) r.get("star_score")).longValue(), r -> plain(r.get("star_year_spend")),
                        r -> ((Number) r.get("star_suspensions")).intValue(),
                        r -> ((Number) r.get("star_new_suspensions")).intValue(), r -> r.get("star_exclusion"))
                .containsExactly(tuple("C01", "TWO_STAR", "TWO_STAR", 700L, "600.00", 0, 0, null),
                        tuple("C02", null, null, 210L, "210.00", 0, 0, "TENURE"),
                        tuple("C06", "THREE_STAR", "THREE_STAR", 1800L, "1800.00", 1, 1, null),
                        tuple("C07", null, null, 3000L, "3000.00", 1, 1, "STATUS"));
        assertThat(jdbc.queryForList("SELECT star_level, effective_from, effective_to FROM star_history"
                + " WHERE customer_id = 'C01' ORDER BY effective_from"))
                .extracting(r -> r.get("star_level"), r -> String.valueOf(r.get("effective_from")),
                        r -> String.valueOf(r.get("effective_to")))
                .containsExactly(tuple("ONE_STAR", "2024-08-01", "2024-08-31"), tuple("TWO_STAR", "2024-09-01", "null"));
        // September's points by the star held during September (TWO_STAR, 1x): 200.00 -> 200
        assertThat(jdbc.queryForMap("SELECT star_level, points_multiplier, points FROM star_points"
                + " WHERE bill_month = '2024-09' AND customer_id = 'C01'"))
                .satisfies(r -> {
                    assertThat(r.get("star_level")).isEqualTo("TWO_STAR");
                    assertThat(plain(r.get("points_multiplier"))).isEqualTo("1.00");
                    assertThat(((Number) r.get("points")).longValue()).isEqualTo(200L);
                });
        assertThat(jdbc.queryForObject("SELECT customers FROM segment_summary WHERE bill_month = '2024-09'"
                + " AND dimension = 'STAR' AND segment = 'THREE_STAR'", Integer.class)).as("C06").isEqualTo(1);
    }

    @Test
    void segmentSummaryAndValueSummaryOfAMonth() throws Exception {
        scenario.customers().julyToSeptember();
        monthClose("2024-09");

        // revenue 200 + 120 + 300 + 0 + 900 + 1000 + 5000 + 200 = 7720
        assertThat(jdbc.queryForList("SELECT segment, customers, revenue, revenue_share FROM segment_summary"
                + " WHERE bill_month = '2024-09' AND dimension = 'TIER' ORDER BY segment"))
                .extracting(r -> r.get("segment"), r -> ((Number) r.get("customers")).intValue(),
                        r -> plain(r.get("revenue")), r -> plain(r.get("revenue_share")))
                .containsExactly(tuple("DIAMOND", 2, "6000.00", "0.7772"), tuple("GOLD", 4, "700.00", "0.0907"),
                        tuple("PLATINUM", 1, "900.00", "0.1166"), tuple("SILVER", 1, "120.00", "0.0155"));
        assertThat(jdbc.queryForObject("SELECT customers FROM segment_summary WHERE bill_month = '2024-09'"
                + " AND dimension = 'RFM_SEGMENT' AND segment = 'NONE'", Integer.class)).as("C08, CLOSED").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT dimension) FROM segment_summary"
                + " WHERE bill_month = '2024-09'", Integer.class)).isEqualTo(6);

        ValueSummary summary = summaries.forMonth(YearMonth.of(2024, 9));
        assertThat(summary.customers()).isEqualTo(8);
        assertThat(summary.customersPerTier()).containsEntry(Tier.GOLD, 4L).containsEntry(Tier.DIAMOND, 2L)
                .containsEntry(Tier.PLATINUM, 1L).containsEntry(Tier.SILVER, 1L).containsEntry(Tier.NEW, 0L);
        assertThat(summary.downgrades()).as("C05").isEqualTo(1);
        assertThat(summary.upgrades()).isZero();
        assertThat(summary.vipCustomers()).as("GOLD and above, C08 closed").isEqualTo(6);
        assertThat(summary.revenue()).isEqualByComparingTo("7720.00");
        assertThat(summary.topDecileRevenueShare()).as("N = 7: ceil(10 * 1 / 7) = 2, decile 1 is empty")
                .isEqualByComparingTo("0");
        assertThat(summary.estimated()).isFalse();
    }

    @Test
    void topDecileRevenueShare() throws Exception {
        for (int i = 1; i <= 10; i++) {
            String id = String.format("T%02d", i);
            fixture.customer(id, "2024-01-01", "ACTIVE", "EAST", "GO").bill(id, "2024-07", i * 50 + ".00", "50.00");
        }
        fixture.close("2024-07");

        monthClose("2024-07");

        // spend 100, 150, ..., 550: total 3250; decile 1 is T10 alone with 550 -> 0.1692
        ValueSummary summary = summaries.forMonth(YearMonth.of(2024, 7));
        assertThat(summary.revenue()).isEqualByComparingTo("3250.00");
        assertThat(summary.topDecileRevenueShare()).isEqualByComparingTo("0.1692");
        assertThat(summary.newlyTiered()).isEqualTo(10);
    }

    // ---- what the evaluation keeps for the report ---------------------------------------------

    /** The report and the index read only what the months' evaluations kept: the same bytes without the rows. */
    @Test
    void theReportsReadNoneOfTheMonthsCustomerRows() throws Exception {
        scenario.customers().julyToSeptember().octoberBills();
        monthClose("2024-10");
        Map<YearMonth, String> reports = reports();
        byte[] index = Files.readAllBytes(reportService.indexPath());

        jdbc.update("DELETE FROM customer_month");

        assertThat(reports()).isEqualTo(reports);
        assertThat(Files.readAllBytes(reportService.indexPath())).isEqualTo(index);
    }

    /**
     * The months an older version evaluated get the summary V87 adds up from their rows: the same
     * figures, no kept curve, and the same reports (the curve streamed from the rows).
     */
    @Test
    void summariesAddedUpFromTheRowsGiveTheSameReports() throws Exception {
        scenario.customers().julyToSeptember().octoberBills();
        monthClose("2024-10");
        Map<YearMonth, String> reports = reports();

        assertSummariesAreWhatTheRowsAddUpTo();

        assertThat(reports()).isEqualTo(reports);
    }

    /** Every month's report, written again, by month (the files' exact text). */
    private Map<YearMonth, String> reports() throws Exception {
        Map<YearMonth, String> reports = new LinkedHashMap<>();
        for (YearMonth month : summaries.months()) {
            reports.put(month, Files.readString(reportService.write(month)));
        }
        assertThat(reports).hasSize(4);
        return reports;
    }

    /**
     * The summaries the evaluations kept are what the months' rows add up to, which is what the
     * migration keeps for a month evaluated before (all but the Pareto curve); the summaries stay so.
     */
    private void assertSummariesAreWhatTheRowsAddUpTo() {
        Map<String, List<Map<String, Object>>> kept = summaryTables();
        assertThat(kept.get("value_month_summary")).isNotEmpty()
                .allSatisfy(row -> assertThat(((Number) row.get("pareto_points")).intValue()).isEqualTo(100));
        assertThat(kept.get("value_month_pareto")).hasSize(kept.get("value_month_summary").size() * 101);
        SUMMARY_TABLES.forEach(name -> jdbc.update("DELETE FROM " + name));

        assertThat(ValueSummaryBackfill.missing(dataSource)).hasSize(kept.get("value_month_summary").size());

        Map<String, List<Map<String, Object>>> added = summaryTables();
        assertThat(added.get("value_month_pareto")).isEmpty();
        assertThat(added.get("value_month_summary")).allSatisfy(row -> assertThat(((Number) row.get("pareto_points"))
                .intValue()).isZero());
        assertThat(withoutCurve(added)).isEqualTo(withoutCurve(kept));
    }

    private static Map<String, List<Map<String, Object>>> withoutCurve(Map<String, List<Map<String, Object>>> tables) {
        Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>(tables);
        copy.remove("value_month_pareto");
        copy.put("value_month_summary", tables.get("value_month_summary").stream().map(row -> {
            Map<String, Object> without = new LinkedHashMap<>(row);
            without.keySet().removeIf(column -> column.equalsIgnoreCase("pareto_points"));
            return without;
        }).toList());
        return copy;
    }

    // ---- helpers -----------------------------------------------------------------------------

    // Helpers do not return JobExecution itself: Spring Batch's test listeners would take any
    // method returning one for a job-execution factory and call it before each test.
    private Run monthClose(String month) throws Exception {
        jobs.setJob(new JobBuilder("valueTestMonthCloseJob", jobRepository).start(monthCloseValueFlow).end().build());
        return new Run(jobs.startJob(new JobParametersBuilder().addString("month", month).addLong("run", ++runs)
                .toJobParameters()));
    }

    private Run nightly(String month, String asOf) throws Exception {
        jobs.setJob(new JobBuilder("valueTestNightlyJob", jobRepository).start(nightlyValueFlow).end().build());
        return new Run(jobs.startJob(new JobParametersBuilder().addString("month", month).addString("asOf", asOf)
                .addLong("run", ++runs).toJobParameters()));
    }

    /** The nightly job's value part: the catch-up of the closed months, then the estimate. */
    private Run nightlyWithCatchUp(String month, String asOf) throws Exception {
        jobs.setJob(new JobBuilder("valueTestNightlyCatchUpJob", jobRepository).start(valueCatchUpFlow)
                .next(nightlyValueFlow).end().build());
        return new Run(jobs.startJob(new JobParametersBuilder().addString("month", month).addString("asOf", asOf)
                .addLong("run", ++runs).toJobParameters()));
    }

    private record Run(JobExecution execution) {
    }

    private Map<String, Object> row(String month, String customerId) {
        return jdbc.queryForMap("SELECT * FROM customer_month WHERE bill_month = ? AND customer_id = ?", month,
                customerId);
    }

    private String tierOn(String customerId, String day) {
        return jdbc.queryForObject("SELECT tier FROM tier_history WHERE customer_id = ? AND effective_from <= ?"
                + " AND (effective_to IS NULL OR effective_to >= ?)", String.class, customerId,
                java.time.LocalDate.parse(day), java.time.LocalDate.parse(day));
    }

    private List<Map<String, Object>> table(String name) {
        String order = switch (name) {
            case "customer_month" -> "bill_month, customer_id";
            case "tier_history" -> "customer_id, effective_from";
            case "top_n_change" -> "bill_month, customer_id";
            case "segment_summary" -> "bill_month, dimension, segment";
            case "tier_migration" -> "bill_month, from_tier, to_tier";
            case "value_month_summary" -> "bill_month";
            case "value_month_tier" -> "bill_month, tier";
            case "value_month_star_move" -> "bill_month, from_level, to_level";
            case "value_month_pareto" -> "bill_month, point_index";
            default -> throw new IllegalArgumentException(name);
        };
        return jdbc.queryForList("SELECT * FROM " + name + " ORDER BY " + order);
    }

    private Map<String, List<Map<String, Object>>> valueTables() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String name : List.of("customer_month", "tier_history", "top_n_change", "segment_summary",
                "tier_migration")) {
            tables.put(name, table(name));
        }
        tables.putAll(summaryTables());
        return tables;
    }

    /** What the months' evaluations kept for their reports and run summaries. */
    private Map<String, List<Map<String, Object>>> summaryTables() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String name : SUMMARY_TABLES) {
            tables.put(name, table(name));
        }
        return tables;
    }

    private static BigDecimal money(Map<String, Object> row, String column) {
        return (BigDecimal) row.get(column);
    }

    private static Integer intOrNull(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static String plain(Object value) {
        return value == null ? null : ((BigDecimal) value).toPlainString();
    }

    @OnH2
    static class H2Tests extends ValueFlowsIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends ValueFlowsIntegrationTests {
    }
}
