package com.jinpai.action;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.jinpai.action.flow.ActionSummary;
import com.jinpai.action.flow.ActionSummaryQuery;
import com.jinpai.action.list.ActionListColumns;
import com.jinpai.action.list.ActionListService;
import com.jinpai.action.list.SpreadsheetText;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.system.CsvFiles;
import com.jinpai.value.CustomerBuckets;

import static org.assertj.core.api.Assertions.assertThat;

/** actionsFlow run as a small job: assignment, issuing, expiry, lists, re-runs. */
abstract class ActionsFlowIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    Flow actionsFlow;

    @Autowired
    JobOperatorTestUtils jobOperator;

    @Autowired
    ActionListService lists;

    @Autowired
    ActionSummaryQuery summaryQuery;

    JdbcTemplate jdbc;
    ActionFixtures fixtures;
    ActionsTestJob job;

    @BeforeEach
    void setUp() {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        fixtures = new ActionFixtures(jdbc);
        job = new ActionsTestJob(jobRepository, actionsFlow, jobOperator);
    }

    void run(YearMonth month, LocalDate asOf, String... extra) throws Exception {
        job.run(month, asOf, extra);
    }

    @Test
    void everyRuleFiresOnceAndEveryVipHasExactlyOneManagerOrIsUnassigned() throws Exception {
        OctoberScenario.load(fixtures);

        run(OctoberScenario.MONTH, OctoberScenario.AS_OF);

        assertThat(assignments()).containsExactlyInAnyOrderEntriesOf(Map.of("C01", "M1", "C02", "M2", "C03", "M2",
                "C04", "-", "C05", "M3", "C06", "-", "C08", "M1"));
        assertThat(jdbc.queryForList("SELECT region FROM vip_assignment WHERE manager_id IS NULL ORDER BY region",
                String.class)).containsExactly("Ningbo", "Wenzhou");
        assertThat(actions()).containsExactly(
                "C01 NEW_VIP_WELCOME P2 2024-11-12 M1",
                "C02 SPEND_DROP P1 2024-11-10 M2",
                "C03 DOWNGRADE_RISK P1 2024-11-10 M2",
                "C04 ARREARS_NOTICE P2 2024-11-08 -",
                "C05 COMPLAINT_ESCALATION P1 2024-11-06 M3",
                "C06 BILL_SHOCK_ALERT P2 2024-11-07 -",
                "C07 UPGRADE_NUDGE P3 2024-11-19 M1",
                "C08 TOP_RANK_ENTRY P3 2024-11-19 M1");
        assertThat(jdbc.queryForObject("SELECT reason FROM vip_action WHERE customer_id = 'C02'", String.class))
                .isEqualTo("October 2024 spend 90.00, 30% of the prior average 300.00 (alert at 70% or less)");
        assertThat(jdbc.queryForObject("SELECT reason FROM vip_action WHERE customer_id = 'C05'", String.class))
                .isEqualTo("Complaint T1 opened 2024-11-02 09:30 has had no first response for 2 days 14 hours "
                        + "(limit 48 hours)");
        assertThat(jdbc.queryForList("SELECT DISTINCT masked_phone FROM vip_action ORDER BY 1", String.class))
                .allSatisfy(phone -> assertThat(phone).matches("138\\*{4}\\d{4}"));
    }

    @Test
    void theListsReadBackEqualToTheTable() throws Exception {
        OctoberScenario.load(fixtures);
        run(OctoberScenario.MONTH, OctoberScenario.AS_OF);
        Path folder = lists.folder(OctoberScenario.MONTH);

        assertThat(fileNames(folder)).containsExactly("index.csv", "index.xlsx", "manager-M1.csv", "manager-M1.xlsx",
                "manager-M2.csv", "manager-M2.xlsx", "manager-M3.csv", "manager-M3.xlsx", "unassigned-vips.csv",
                "unassigned.csv", "unassigned.xlsx");
        for (String manager : List.of("M1", "M2", "M3")) {
            List<List<String>> table = tableRows("manager_id = '" + manager + "'");
            assertThat(csvRows(folder.resolve("manager-" + manager + ".csv"))).isEqualTo(table);
            assertThat(xlsxRows(folder.resolve("manager-" + manager + ".xlsx"))).isEqualTo(table);
        }
        List<List<String>> unassigned = tableRows("manager_id IS NULL");
        assertThat(csvRows(folder.resolve("unassigned.csv"))).isEqualTo(unassigned);
        assertThat(xlsxRows(folder.resolve("unassigned.xlsx"))).isEqualTo(unassigned);

        // priority, then due date, then customer id
        assertThat(csvRows(folder.resolve("manager-M1.csv"))).extracting(row -> row.get(ActionListColumns.ALL.indexOf(ActionListColumns.CUSTOMER_ID)))
                .containsExactly("C01", "C07", "C08");
        assertThat(csvRows(folder.resolve("manager-M2.csv"))).extracting(row -> row.get(ActionListColumns.ALL.indexOf(ActionListColumns.CUSTOMER_ID)))
                .containsExactly("C02", "C03");
    }

    @Test
    void listsHoldNoFullPhoneAndNeutraliseHostileNames() throws Exception {
        OctoberScenario.load(fixtures);
        run(OctoberScenario.MONTH, OctoberScenario.AS_OF);
        Path folder = lists.folder(OctoberScenario.MONTH);

        List<String> cells = new ArrayList<>();
        for (String file : fileNames(folder)) {
            cells.addAll(file.endsWith(".csv") ? allCsvCells(folder.resolve(file)) : allXlsxCells(folder.resolve(file)));
        }
        assertThat(cells).isNotEmpty();
        for (String phone : OctoberScenario.PHONES) {
            assertThat(cells).noneMatch(cell -> cell.contains(phone));
        }
        assertThat(cells).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
        assertThat(cells).contains("'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(A1)", "'+1", "'-1", "'\tTab", "王小明");
    }

    @Test
    void theIndexCountsEachManagersListAndTheUnassignedVipsPerRegion() throws Exception {
        OctoberScenario.load(fixtures);
        run(OctoberScenario.MONTH, OctoberScenario.AS_OF);
        Path folder = lists.folder(OctoberScenario.MONTH);

        assertThat(csvRows(folder.resolve("index.csv"))).containsExactly(
                List.of("M1", "Manager M1", "Hangzhou", "2", "2", "3", "0", "1", "2", "manager-M1.csv"),
                List.of("M2", "Manager M2", "Hangzhou", "5", "2", "2", "2", "0", "0", "manager-M2.csv"),
                List.of("M3", "Manager M3", "Ningbo", "1", "1", "1", "1", "0", "0", "manager-M3.csv"),
                List.of("", "(unassigned)", "Ningbo", "", "1", "1", "0", "1", "0", "unassigned.csv"),
                List.of("", "(unassigned)", "Wenzhou", "", "1", "1", "0", "1", "0", "unassigned.csv"));
        assertThat(csvRows(folder.resolve("unassigned-vips.csv"))).containsExactly(
                List.of("Ningbo", "C04", "'-1", "138****0004", "GOLD", "160.00"),
                List.of("Wenzhou", "C06", "王小明", "138****0006", "GOLD", "200.00"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(folder.resolve("index.xlsx").toFile())) {
            assertThat(workbook.getSheets().map(sheet -> sheet.getName()).toList())
                    .containsExactly("Managers", "Unassigned VIPs");
        }

        ActionSummary summary = summaryQuery.summarise(OctoberScenario.MONTH);
        // one action per SPEC rule; the scenario's rows hold no star, so no star action
        assertThat(summary.issuedPerRule()).containsOnlyKeys(ActionRule.values()).allSatisfy(
                (rule, count) -> assertThat(count).isEqualTo(rule.name().startsWith("STAR_") ? 0L : 1L));
        assertThat(summary.openPerManager()).containsExactlyEntriesOf(new TreeMap<>(Map.of("M1", 3L, "M2", 2L,
                "M3", 1L)));
        assertThat(summary.openWithoutManager()).isEqualTo(2);
        assertThat(summary.vipsPerManager()).containsExactlyEntriesOf(new TreeMap<>(Map.of("M1", 2L, "M2", 2L,
                "M3", 1L)));
        assertThat(summary.unassignedVips()).isEqualTo(2);
        assertThat(summary.statusOfPeriod()).containsEntry(ActionStatus.OPEN, 8L);
    }

    @Test
    void threeNightlyRunsOfTheOpenMonthIssueEachActionOnceAndExpireWhatIsPastDue() throws Exception {
        YearMonth november = YearMonth.of(2024, 11);
        fixtures.manager("M1", "Hangzhou", 10).customer("C01", "甲", "13800000001", "Hangzhou")
                .customer("C02", "乙", "13800000002", "Hangzhou")
                .month(november, "C01", "Hangzhou").estimated().average("300.00").prior("200.00").spend("310.00")
                .insert()
                .month(november, "C02", "Hangzhou").estimated().average("300.00").arrears("50.00").insert()
                .complaint("T1", "C02", LocalDateTime.of(2024, 11, 2, 8, 0), null);

        run(november, LocalDate.of(2024, 11, 5));
        List<String> first = actions();
        assertThat(first).containsExactly("C01 BILL_SHOCK_ALERT P2 2024-11-07 M1",
                "C02 COMPLAINT_ESCALATION P1 2024-11-06 M1", "C02 ARREARS_NOTICE P2 2024-11-08 M1");

        run(november, LocalDate.of(2024, 11, 6));
        assertThat(actions()).isEqualTo(first);
        assertThat(statuses()).containsOnly("OPEN");

        run(november, LocalDate.of(2024, 11, 7));
        assertThat(actions()).isEqualTo(first);
        assertThat(jdbc.queryForList("SELECT DISTINCT issued_on FROM vip_action", LocalDate.class))
                .containsExactly(LocalDate.of(2024, 11, 5));
        // due 11-06, still open on 11-07: expired, and not issued again although the complaint still waits
        assertThat(statuses()).containsExactly("OPEN", "OPEN", "EXPIRED");
        int rule = ActionListColumns.ALL.indexOf(ActionListColumns.RULE);
        assertThat(csvRows(lists.folder(november).resolve("manager-M1.csv"))).extracting(row -> row.get(rule))
                .containsExactly("BILL_SHOCK_ALERT", "ARREARS_NOTICE");
    }

    /**
     * VIPs in arrears are judged with the bills behind their arrears, read by key for a batch of
     * them at a time: more of them than one batch, each with the past-due bills that are unpaid named
     * (not the bill of the month, due after the as-of date), one without bill rows told the arrears
     * alone.
     */
    @Test
    void arrearsNoticesNameTheUnpaidPastDueBillsOfEveryVipInArrearsAcrossBatches() throws Exception {
        YearMonth october = YearMonth.of(2024, 10);
        int inArrears = 1_234;
        List<Object[]> months = new ArrayList<>();
        List<Object[]> bills = new ArrayList<>();
        for (int i = 1; i <= inArrears; i++) {
            String customer = String.format("C%05d", i);
            months.add(new Object[] {customer});
            if (i != 1_111) {
                for (String billMonth : new String[] {"2024-08", "2024-09", "2024-10"}) {
                    bills.add(new Object[] {billMonth, customer, CustomerBuckets.of(customer)});
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO customer_month (customer_id, bill_month, region, brand, status, estimated, spend,
                    avg_spend, avg_months, prior_avg_spend, tier, indicated_tier, previous_tier, vip,
                    downgrade_count, in_grace, arrears)
                VALUES (?, '2024-10', 'Hangzhou', 'GoTone', 'ACTIVE', FALSE, 200.00, 200.00, 3, 200.00, 'GOLD',
                    'GOLD', 'GOLD', TRUE, 0, FALSE, 150.00)""", months);
        // 100.00 yuan a month, 80.00 plan and 20.00 data
        jdbc.batchUpdate("INSERT INTO bill_total (bill_month, customer_id, plan_fen, voice_fen, sms_fen, data_fen, "
                + "roaming_fen, vas_fen, equipment_fen, discount_fen, adjustment_fen, refund_fen, value_bucket) "
                + "VALUES (?, ?, 8000, 0, 0, 2000, 0, 0, 0, 0, 0, 0, ?)", bills);

        run(october, LocalDate.of(2024, 11, 5));

        Map<String, String> reasons = new TreeMap<>();
        jdbc.query("SELECT customer_id, reason FROM vip_action WHERE rule_code = 'ARREARS_NOTICE'",
                rs -> {
                    reasons.put(rs.getString(1), rs.getString(2));
                });
        assertThat(reasons).hasSize(inArrears);
        // September's bill unpaid in full, August's in part; October's falls due on 2024-11-20
        String named = "Overdue arrears 150.00: the bills of August 2024, September 2024 are unpaid, due since 2024-09-20";
        assertThat(reasons).containsEntry("C00001", named).containsEntry("C01000", named)
                .containsEntry("C01001", named).containsEntry(String.format("C%05d", inArrears), named)
                .containsEntry("C01111", "Overdue arrears 150.00 on bills past their due date");
        assertThat(reasons.values().stream().filter(named::equals).count()).isEqualTo(inArrears - 1);
    }

    /**
     * Each kind of lasting situation (arrears still overdue, still in grace, spend still low, the same
     * complaint ticket, still near the VIP line, November's bill shock from estimate to closed bill)
     * across three nights and the month's close: one OPEN action each, its numbers the latest, its
     * issue and due dates those of the first night.
     */
    @Test
    void aSituationCarryingOnAcrossThreeNightsAndTheCloseKeepsOneOpenActionWithTheLatestNumbers() throws Exception {
        YearMonth november = YearMonth.of(2024, 11);
        fixtures.evaluated(YearMonth.of(2024, 10)).manager("M1", "Hangzhou", 10)
                .customer("C01", "甲", "13800000001", "Hangzhou").customer("C02", "乙", "13800000002", "Hangzhou")
                .customer("C03", "丙", "13800000003", "Hangzhou").customer("C04", "丁", "13800000004", "Hangzhou")
                .month(november, "C01", "Hangzhou").estimated().average("300.00").prior("200.00").spend("310.00")
                .insert()
                .month(november, "C02", "Hangzhou").estimated().average("300.00").arrears("50.00").insert()
                .month(november, "C03", "Hangzhou").estimated().average("140.00").grace("SILVER", 1).insert()
                .month(november, "C04", "Hangzhou").tier("SILVER", "SILVER").estimated().average("140.00").insert()
                .complaint("T1", "C02", LocalDateTime.of(2024, 11, 1, 8, 0), null);

        String[] arrears = {"50.00", "60.00", "70.00", "80.00"};
        String[] nudge = {"140.00", "141.00", "142.00", "143.00"};
        LocalDate[] nights = {LocalDate.of(2024, 11, 5), LocalDate.of(2024, 11, 6), LocalDate.of(2024, 11, 7),
            LocalDate.of(2024, 11, 8)};
        for (int run = 0; run < nights.length; run++) {
            jdbc.update("UPDATE customer_month SET arrears = ? WHERE customer_id = 'C02'", new BigDecimal(arrears[run]));
            jdbc.update("UPDATE customer_month SET avg_spend = ? WHERE customer_id = 'C04'", new BigDecimal(nudge[run]));
            if (run == nights.length - 1) {
                // the month closes: its rows are final, November's bill shock is the same situation
                jdbc.update("UPDATE customer_month SET estimated = FALSE, spend = 400.00 WHERE customer_id = 'C01'");
            }
            run(november, nights[run], "night", Integer.toString(run));
        }

        assertThat(jdbc.query("SELECT customer_id, rule_code, situation, status, issued_on FROM vip_action "
                + "ORDER BY customer_id, rule_code", (rs, n) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getString(3) + " " + rs.getString(4) + " " + rs.getObject(5, LocalDate.class)))
                .containsExactly("C01 BILL_SHOCK_ALERT month:2024-11 EXPIRED 2024-11-05",
                        "C02 ARREARS_NOTICE customer OPEN 2024-11-05",
                        "C02 COMPLAINT_ESCALATION ticket:T1 EXPIRED 2024-11-05",
                        "C03 DOWNGRADE_RISK customer OPEN 2024-11-05",
                        "C04 UPGRADE_NUDGE customer OPEN 2024-11-05");
        assertThat(jdbc.queryForObject("SELECT reason FROM vip_action WHERE customer_id = 'C02' AND rule_code = "
                + "'ARREARS_NOTICE'", String.class)).isEqualTo("Overdue arrears 80.00 on bills past their due date");
        assertThat(jdbc.queryForObject("SELECT reason FROM vip_action WHERE customer_id = 'C04'", String.class))
                .isEqualTo("Average spend 143.00 is 7.00 below the GOLD line 150.00");
        assertThat(jdbc.queryForObject("SELECT due_date FROM vip_action WHERE customer_id = 'C04'", LocalDate.class))
                .as("the due date of the first night").isEqualTo(LocalDate.of(2024, 11, 19));
    }

    /**
     * The rules whose situation a closed month shows (a crossing into VIP, into the top-N or to a
     * higher star; a closed month's low spend; near-star): October's close issues them; three November
     * nights, whose estimates carry the closed tier and find no new crossing, keep them (near-star,
     * judged every night, follows each night's score); October closed again on a corrected bill
     * refreshes them. One OPEN action each, with the numbers of the re-close and the dates of the
     * first close.
     */
    @Test
    void aSituationOfTheClosedMonthKeepsOneOpenActionAcrossThreeNightsAndTheReClose() throws Exception {
        YearMonth october = YearMonth.of(2024, 10);
        YearMonth november = YearMonth.of(2024, 11);
        fixtures.evaluated(october.minusMonths(1)).manager("M1", "Hangzhou", 10);
        for (int i = 1; i <= 5; i++) {
            fixtures.customer(OctoberScenario.id(i), "客户" + i, "1380000000" + i, "Hangzhou");
        }
        fixtures.month(october, "C01", "Hangzhou").tier("GOLD", "SILVER").average("180.00").insert()
                .month(october, "C02", "Hangzhou").tier("PLATINUM", "PLATINUM").average("250.00").prior("300.00")
                .spend("90.00").insert()
                .month(october, "C03", "Hangzhou").tier("DIAMOND", "DIAMOND").average("2000.00").insert()
                .month(october, "C04", "Hangzhou").insert()
                .month(october, "C05", "Hangzhou").insert()
                .enteredTopN(october, "C03", 3, 120);
        stars(october, "C04", "TWO_STAR", "ONE_STAR", 600, false);
        stars(october, "C05", null, null, 30, true);
        LocalDate closed = LocalDate.of(2024, 11, 2);
        run(october, closed);

        // November's estimates: the closed tier carried, no top-N change, the star year's score growing
        for (String customer : List.of("C01", "C02", "C03", "C04", "C05")) {
            jdbc.update("INSERT INTO customer_month (customer_id, bill_month, region, brand, status, estimated, spend, "
                    + "avg_spend, avg_months, prior_avg_spend, tier, indicated_tier, previous_tier, vip, downgrade_count, "
                    + "in_grace, arrears, star_level, previous_star_level, star_score, near_star) SELECT customer_id, "
                    + "'2024-11', region, brand, status, TRUE, 20.00, avg_spend, avg_months, avg_spend, tier, tier, tier, "
                    + "vip, 0, FALSE, 0, star_level, star_level, star_score, near_star FROM customer_month "
                    + "WHERE bill_month = '2024-10' AND customer_id = ?", customer);
        }
        for (int night = 0; night < 3; night++) {
            jdbc.update("UPDATE customer_month SET star_score = ? WHERE bill_month = '2024-11' AND customer_id = 'C05'",
                    31 + night);
            run(november, closed.plusDays(1 + night), "night", Integer.toString(night));
            assertThat(jdbc.queryForObject("SELECT reason FROM vip_action WHERE rule_code = 'STAR_NEAR'", String.class))
                    .isEqualTo("Near-star, score " + (31 + night) + ": " + (69 - night) + " points to ONE_STAR 一星级, "
                            + "about " + (69 - night) + ".00 yuan more spend this star year");
        }

        // a corrected October bill: October closed again with new numbers
        jdbc.update("UPDATE customer_month SET avg_spend = 185.00 WHERE bill_month = '2024-10' AND customer_id = 'C01'");
        jdbc.update("UPDATE customer_month SET spend = 80.00 WHERE bill_month = '2024-10' AND customer_id = 'C02'");
        jdbc.update("UPDATE customer_month SET avg_spend = 2100.00 WHERE bill_month = '2024-10' AND customer_id = 'C03'");
        jdbc.update("UPDATE top_n_change SET rank_now = 2 WHERE customer_id = 'C03'");
        jdbc.update("UPDATE customer_month SET star_score = 650 WHERE bill_month = '2024-10' AND customer_id = 'C04'");
        jdbc.update("UPDATE customer_month SET star_score = 40 WHERE bill_month = '2024-10' AND customer_id = 'C05'");
        run(october, closed.plusDays(4), "reclose", "1");

        assertThat(jdbc.query("SELECT customer_id, rule_code, status, period, issued_on, due_date FROM vip_action "
                + "ORDER BY customer_id, rule_code", (rs, n) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getString(3) + " " + rs.getString(4) + " " + rs.getObject(5, LocalDate.class) + " "
                        + rs.getObject(6, LocalDate.class)))
                .containsExactly("C01 NEW_VIP_WELCOME OPEN 2024-10 2024-11-02 2024-11-09",
                        "C02 SPEND_DROP OPEN 2024-10 2024-11-02 2024-11-07",
                        "C03 TOP_RANK_ENTRY OPEN 2024-10 2024-11-02 2024-11-16",
                        "C04 STAR_UPGRADE OPEN 2024-10 2024-11-02 2024-11-16",
                        "C05 STAR_NEAR OPEN 2024-10 2024-11-02 2024-11-16");
        Map<String, String> reasons = new TreeMap<>();
        jdbc.query("SELECT rule_code, reason FROM vip_action", rs -> {
            reasons.put(rs.getString(1), rs.getString(2));
        });
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(
                "NEW_VIP_WELCOME", "Became GOLD in October 2024 (was SILVER), average spend 185.00",
                "SPEND_DROP", "October 2024 spend 80.00, 27% of the prior average 300.00 (alert at 70% or less)",
                "TOP_RANK_ENTRY", "Entered the top customers in October 2024 at rank 2 (previous rank 120), "
                        + "average spend 2100.00",
                "STAR_UPGRADE", "Star level rose from ONE_STAR 一星级 to TWO_STAR 二星级 (score 650): loyalty points "
                        + "1× on the bill, credit limit 100.00 yuan",
                "STAR_NEAR", "Near-star, score 40: 60 points to ONE_STAR 一星级, about 60.00 yuan more spend this "
                        + "star year"));
        assertThat(jdbc.queryForObject("SELECT avg_spend FROM vip_action WHERE customer_id = 'C03'", BigDecimal.class))
                .isEqualByComparingTo("2100.00");
    }

    /** Star columns of a customer_month row (the star rating's, for the star rules). */
    private void stars(YearMonth month, String customer, String level, String previous, long score, boolean near) {
        jdbc.update("UPDATE customer_month SET star_level = ?, previous_star_level = ?, star_score = ?, near_star = ? "
                + "WHERE bill_month = ? AND customer_id = ?", level, previous, score, near, month.toString(), customer);
    }

    @Test
    void whileOpenTheNumbersFollowTheLatestDataAndTheDatesStay() throws Exception {
        YearMonth november = YearMonth.of(2024, 11);
        fixtures.evaluated(YearMonth.of(2024, 10)).manager("M1", "Hangzhou", 10)
                .customer("C02", "乙", "13800000002", "Hangzhou")
                .month(november, "C02", "Hangzhou").estimated().average("300.00").arrears("50.00").insert();
        for (int night = 0; night < 3; night++) {
            jdbc.update("UPDATE customer_month SET arrears = ? WHERE customer_id = 'C02'",
                    new BigDecimal(50 + 10 * night));
            run(november, LocalDate.of(2024, 11, 5 + night), "night", Integer.toString(night));
        }
        assertThat(jdbc.queryForMap("SELECT COUNT(*) AS n, MIN(reason) AS reason, MIN(issued_on) AS issued, "
                + "MIN(due_date) AS due FROM vip_action WHERE status = 'OPEN'"))
                .containsEntry("N", 1L).containsEntry("REASON", "Overdue arrears 70.00 on bills past their due date")
                .containsEntry("ISSUED", java.sql.Date.valueOf("2024-11-05"))
                .containsEntry("DUE", java.sql.Date.valueOf("2024-11-08"));
    }

    @Test
    void issueAndDueDatesCountFromThePublishDaySoNoRowIsWrittenOverdue() throws Exception {
        OctoberScenario.load(fixtures);
        LocalDate published = OctoberScenario.AS_OF.plusDays(3);
        run(OctoberScenario.MONTH, OctoberScenario.AS_OF, "publishDay", published.toString());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vip_action WHERE due_date < ? OR issued_on <> ?",
                Integer.class, published, published)).isZero();
        assertThat(jdbc.queryForObject("SELECT due_date FROM vip_action WHERE customer_id = 'C05'", LocalDate.class))
                .isEqualTo(published.plusDays(1));
        int due = ActionListColumns.ALL.indexOf(ActionListColumns.DUE_DATE);
        assertThat(csvRows(lists.folder(OctoberScenario.MONTH).resolve("manager-M3.csv")))
                .allSatisfy(row -> assertThat(LocalDate.parse(row.get(due))).isAfterOrEqualTo(published));
    }

    @Test
    void anActionDueOnTheAsOfDateIsStillOpenThatDay() throws Exception {
        OctoberScenario.load(fixtures);
        run(OctoberScenario.MONTH, OctoberScenario.AS_OF);

        run(OctoberScenario.MONTH, LocalDate.of(2024, 11, 6));
        assertThat(jdbc.queryForObject("SELECT status FROM vip_action WHERE customer_id = 'C05'", String.class))
                .isEqualTo("OPEN");
        run(OctoberScenario.MONTH, LocalDate.of(2024, 11, 7));
        assertThat(jdbc.queryForObject("SELECT status FROM vip_action WHERE customer_id = 'C05'", String.class))
                .isEqualTo("EXPIRED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vip_action WHERE status = 'OPEN'", Integer.class))
                .isEqualTo(7);
    }

    @Test
    void reRunningTheMonthOnTheSameInputsGivesTheSameRowsAndTheSameBytes() throws Exception {
        OctoberScenario.load(fixtures);
        run(OctoberScenario.MONTH, OctoberScenario.AS_OF);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM vip_action ORDER BY customer_id, rule_code");
        List<Map<String, Object>> assigned = jdbc.queryForList("SELECT * FROM vip_assignment ORDER BY customer_id");
        Map<String, byte[]> files = contents(lists.folder(OctoberScenario.MONTH));
        Thread.sleep(1_000);

        run(OctoberScenario.MONTH, OctoberScenario.AS_OF, "rerun", "2");

        assertThat(jdbc.queryForList("SELECT * FROM vip_action ORDER BY customer_id, rule_code")).isEqualTo(rows);
        assertThat(jdbc.queryForList("SELECT * FROM vip_assignment ORDER BY customer_id")).isEqualTo(assigned);
        Map<String, byte[]> again = contents(lists.folder(OctoberScenario.MONTH));
        assertThat(again.keySet()).isEqualTo(files.keySet());
        files.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void anExistingAssignmentIsKeptAndOnlyAManagerWhoLeftOrALostVipChangesIt() throws Exception {
        OctoberScenario.load(fixtures);
        run(OctoberScenario.MONTH, OctoberScenario.AS_OF);

        // November: a new, empty Hangzhou manager; M3 leaves Ningbo; C03 drops out of VIP
        YearMonth november = YearMonth.of(2024, 11);
        fixtures.manager("M0", "Hangzhou", 10).manager("M4", "Ningbo", 5);
        jdbc.update("DELETE FROM account_manager WHERE manager_id = 'M3'");
        jdbc.update("INSERT INTO customer_month (customer_id, bill_month, region, status, spend, avg_spend, "
                + "prior_avg_spend, tier, indicated_tier, previous_tier, vip, arrears) SELECT customer_id, '2024-11', "
                + "region, status, spend, avg_spend, prior_avg_spend, tier, indicated_tier, tier, vip, 0 "
                + "FROM customer_month WHERE bill_month = '2024-10'");
        jdbc.update("UPDATE customer_month SET tier = 'SILVER', vip = FALSE, avg_spend = 120.00, in_grace = FALSE "
                + "WHERE bill_month = '2024-11' AND customer_id = 'C03'");
        // C06, unassigned in October, moves to a region without managers
        jdbc.update("UPDATE customer_month SET region = 'Jiaxing' WHERE bill_month = '2024-11' AND customer_id = 'C06'");

        run(november, LocalDate.of(2024, 12, 3));

        // kept although M0 is emptier; C05 (M3 left) and the earlier unassigned C04 go to M4
        assertThat(assignments()).containsExactlyInAnyOrderEntriesOf(Map.of("C01", "M1", "C02", "M2", "C04", "M4",
                "C05", "M4", "C06", "-", "C08", "M1"));
        assertThat(jdbc.queryForObject("SELECT assigned_month FROM vip_assignment WHERE customer_id = 'C01'",
                String.class)).isEqualTo("2024-10");
        // decided again this run: C04 given a manager, C06 still waiting, in its region of November
        assertThat(jdbc.queryForList("SELECT CONCAT(customer_id, ' ', region, ' ', assigned_month) FROM vip_assignment "
                + "WHERE customer_id IN ('C04', 'C06') ORDER BY customer_id", String.class))
                .containsExactly("C04 Ningbo 2024-11", "C06 Jiaxing 2024-11");
        // open October actions follow C04 and C05 to their new manager
        assertThat(jdbc.queryForList("SELECT customer_id FROM vip_action WHERE manager_id = 'M4' "
                + "AND period = '2024-10' ORDER BY customer_id", String.class)).containsExactly("C04", "C05");
    }

    @Test
    void everyCustomerNoLongerVipIsReleasedAlsoWhenTheyFillSeveralDeleteBatches() throws Exception {
        OctoberScenario.load(fixtures);
        // left from earlier months: 2,500 assignments of customers who are not VIP in October (no row, or not VIP)
        List<Object[]> earlier = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            earlier.add(new Object[] {String.format("X%05d", i), i % 2 == 0 ? "M1" : null, "Hangzhou"});
        }
        jdbc.batchUpdate("INSERT INTO vip_assignment (customer_id, manager_id, region, assigned_month) "
                + "VALUES (?, ?, ?, '2024-09')", earlier);
        jdbc.update("INSERT INTO vip_assignment (customer_id, manager_id, region, assigned_month) "
                + "VALUES ('C07', 'M1', 'Hangzhou', '2024-09')");

        JobExecution execution = job.run(OctoberScenario.MONTH, OctoberScenario.AS_OF);

        // only October's VIPs keep (or get) a row, each decided as if the others had never been there
        assertThat(assignments()).containsExactlyInAnyOrderEntriesOf(Map.of("C01", "M1", "C02", "M2", "C03", "M2",
                "C04", "-", "C05", "M3", "C06", "-", "C08", "M1"));
        assertThat(execution.getStepExecutions()).filteredOn(step -> step.getStepName().equals("actionsAssignStep"))
                .singleElement().satisfies(step -> assertThat(step.getExitStatus().getExitDescription())
                        .endsWith("released 2501"));
    }

    @Test
    void aMonthWithoutCustomerValueRowsLeavesAssignmentsAlone() throws Exception {
        OctoberScenario.load(fixtures);
        run(OctoberScenario.MONTH, OctoberScenario.AS_OF);
        Map<String, String> before = assignments();

        run(YearMonth.of(2024, 12), LocalDate.of(2024, 12, 2));

        assertThat(assignments()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vip_action WHERE period = '2024-12'", Integer.class))
                .isZero();
    }

    @Test
    void aBadMonthParameterFailsTheRunSayingWhatToPass() throws Exception {
        JobExecution execution = jobOperator.startJob(new JobParametersBuilder().addString("month", "2024-13")
                .toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).singleElement().extracting(Throwable::getMessage).asString()
                .contains("job parameter 'month' is '2024-13': expected YYYY-MM");
        assertThat(jobOperator.startJob(new JobParameters()).getStatus()).isEqualTo(BatchStatus.FAILED);
    }

    // --- reading the table and the files -------------------------------------------------------

    private Map<String, String> assignments() {
        Map<String, String> assigned = new TreeMap<>();
        jdbc.query("SELECT customer_id, manager_id FROM vip_assignment", rs -> {
            assigned.put(rs.getString(1), rs.getString(2) == null ? "-" : rs.getString(2));
        });
        return assigned;
    }

    private List<String> actions() {
        return jdbc.query("SELECT customer_id, rule_code, priority, due_date, manager_id FROM vip_action "
                + "ORDER BY customer_id, due_date", (rs, n) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getString(3) + " " + rs.getObject(4, LocalDate.class) + " "
                        + (rs.getString(5) == null ? "-" : rs.getString(5)));
    }

    private List<String> statuses() {
        return jdbc.queryForList("SELECT status FROM vip_action ORDER BY customer_id, due_date DESC", String.class);
    }

    /** The open actions of a list as the file should show them, in list order, as text. */
    private List<List<String>> tableRows(String managerCondition) {
        List<List<String>> rows = jdbc.query("SELECT * FROM vip_action WHERE status = 'OPEN' AND " + managerCondition,
                (rs, n) -> List.of(rs.getString("priority"), rs.getObject("due_date", LocalDate.class).toString(),
                        rs.getObject("issued_on", LocalDate.class).toString(),
                        rs.getString("period"), rs.getString("customer_id"),
                        SpreadsheetText.neutralise(rs.getString("customer_name")), rs.getString("masked_phone"),
                        rs.getString("region"), rs.getString("tier"), rs.getString("rule_code"),
                        rs.getString("reason"), rs.getBigDecimal("spend").toPlainString(),
                        rs.getBigDecimal("avg_spend").toPlainString(), rs.getString("status"),
                        rs.getString("feedback_note") == null ? "" : rs.getString("feedback_note"),
                        rs.getString("manager_id") == null ? "" : rs.getString("manager_id"),
                        rs.getString("situation")));
        List<List<String>> sorted = new ArrayList<>(rows);
        if (managerCondition.contains("IS NULL")) {
            sorted.sort((a, b) -> (a.get(7) + a.get(0) + a.get(1) + a.get(4))
                    .compareTo(b.get(7) + b.get(0) + b.get(1) + b.get(4)));
        }
        else {
            sorted.sort((a, b) -> (a.get(0) + a.get(1) + a.get(4) + a.get(9))
                    .compareTo(b.get(0) + b.get(1) + b.get(4) + b.get(9)));
        }
        return sorted;
    }

    private static List<List<String>> csvRows(Path file) throws IOException {
        try (CSVParser parser = CsvFiles.read(file, StandardCharsets.UTF_8, ',')) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
            return rows;
        }
    }

    /** XLSX rows as the CSV would show them: numbers with 2 decimals, dates ISO. */
    private static List<List<String>> xlsxRows(Path file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet.get(0).stream().map(Cell::getText).toList()).isEqualTo(ActionListColumns.ALL);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet.subList(1, sheet.size())) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < ActionListColumns.ALL.size(); c++) {
                    String column = ActionListColumns.ALL.get(c);
                    if (column.equals(ActionListColumns.DUE_DATE) || column.equals(ActionListColumns.ISSUED_ON)) {
                        cells.add(row.getCellAsDate(c).orElseThrow().toLocalDate().toString());
                    }
                    else if (column.equals(ActionListColumns.SPEND) || column.equals(ActionListColumns.AVERAGE)) {
                        assertThat(row.getCell(c).getType()).isEqualTo(CellType.NUMBER);
                        cells.add(row.getCellAsNumber(c).orElseThrow().setScale(2).toPlainString());
                    }
                    else {
                        cells.add(row.getOptionalCell(c).map(Cell::getText).orElse(""));
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static List<String> allCsvCells(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (CSVParser parser = CsvFiles.read(file, StandardCharsets.UTF_8, ',')) {
            for (CSVRecord record : parser) {
                cells.addAll(record.toList());
            }
        }
        return cells;
    }

    private static List<String> allXlsxCells(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (var sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    row.stream().filter(cell -> cell != null).map(Cell::getText).forEach(cells::add);
                }
            }
        }
        return cells;
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        for (String name : fileNames(folder)) {
            contents.put(name, Files.readAllBytes(folder.resolve(name)));
        }
        return contents;
    }

    @OnH2
    static class H2Tests extends ActionsFlowIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends ActionsFlowIntegrationTests {
    }
}
