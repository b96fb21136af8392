package com.jinpai.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import com.jinpai.cli.ReportCommand;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.system.JinpaiProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code jinpai report --month} on the fixture: the page shows the fixture's numbers, escaped, the same every time. */
abstract class ReportIntegrationTests {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    DataSource dataSource;

    @Autowired
    ValueQueries values;

    @Autowired
    IngestQueries ingest;

    @Autowired
    StoryQueries stories;

    @Autowired
    ObjectProvider<ActionStatistics> actions;

    @Autowired
    ReportProperties properties;

    @TempDir
    Path output;

    private ReportFixture fixture;
    private ReportService service;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        fixture = new ReportFixture(database.jdbc());
        service = new ReportService(values, stories, ingest, new InputQueries(database.jdbc()), actions, properties,
                new JinpaiProperties(output.resolve("inbox"), output, ZoneId.of("Asia/Shanghai"), null));
    }

    private int report(String... args) {
        return new CommandLine(new ReportCommand(service)).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    private Document october() throws Exception {
        assertThat(report("--month", "2026-10")).as(err.toString()).isZero();
        Path written = Path.of(out.toString().trim());
        assertThat(written).isEqualTo(output.resolve("reports/report_2026-10.html").toAbsolutePath());
        return Jsoup.parse(Files.readString(written));
    }

    private JdbcTemplate database() {
        return new TestDatabase(dataSource).jdbc();
    }

    /** Three October actions (two for a manager, one unassigned) and one September action. */
    private static void actions(JdbcTemplate jdbc) {
        jdbc.update("INSERT INTO account_manager (manager_id, name, region, capacity, file_id) "
                + "VALUES ('M001', '王经理', '北京', 200, 1)");
        String insert = "INSERT INTO vip_action (customer_id, rule_code, period, tier, priority, reason, issued_on, "
                + "due_date, status, manager_id) VALUES (?, ?, ?, 'GOLD', 'P1', 'r', DATE '2026-11-05', "
                + "DATE '2026-11-10', 'OPEN', ?)";
        jdbc.update(insert, "C1", "SPEND_DROP", "2026-10", "M001");
        jdbc.update(insert, "C2", "SPEND_DROP", "2026-10", null);
        jdbc.update(insert, "C1", "NEW_VIP_WELCOME", "2026-10", "M001");
        jdbc.update(insert, "C3", "SPEND_DROP", "2026-09", "M001");
    }

    private static String text(Document doc, String css) {
        return doc.select(css).text();
    }

    @Test
    void pageShowsTheFixtureNumbers() throws Exception {
        fixture.customerValues();
        fixture.segmentSummary();
        fixture.migration();
        fixture.ingest();
        actions(database());

        Document doc = october();

        assertThat(text(doc, "dd[data-field=month]")).isEqualTo("2026-10");
        assertThat(text(doc, "[data-field=basis]")).startsWith("closed bill");
        assertThat(text(doc, "dd[data-field=customers]")).isEqualTo("10");
        assertThat(text(doc, "dd[data-field=vips]")).isEqualTo("4");
        assertThat(text(doc, "dd[data-field=revenue]")).isEqualTo("3,000.00");
        assertThat(text(doc, "dd[data-field=top-decile-share]")).isEqualTo("50.0%");

        assertThat(doc.select("tr[data-tier]").eachAttr("data-tier"))
                .containsExactly("DIAMOND", "PLATINUM", "GOLD", "SILVER", "STANDARD", "NEW");
        assertThat(text(doc, "tr[data-tier=GOLD] td[data-field=customers]")).isEqualTo("2");
        assertThat(text(doc, "tr[data-tier=GOLD] td[data-field=revenue]")).isEqualTo("600.00");
        assertThat(text(doc, "tr[data-tier=SILVER]")).isEqualTo("SILVER 3 30.0% 240.00 8.0%");

        assertThat(text(doc, "td[data-from=SILVER][data-to=GOLD]")).isEqualTo("2");
        assertThat(text(doc, "td[data-from=GOLD][data-to=DIAMOND]")).isEqualTo("1");
        assertThat(text(doc, "td[data-from=GOLD][data-to=GOLD]")).as("September's cell").isEqualTo("0");
        assertThat(doc.select("#migration-chart")).hasSize(1);

        // 1500 of 3000 in the top 10%; 2100 in the top 20%; 2800 in the top 50%
        assertThat(text(doc, "tr[data-customer-share=10%] td[data-field=revenue-share]")).isEqualTo("50.0%");
        assertThat(text(doc, "tr[data-customer-share=20%] td[data-field=revenue-share]")).isEqualTo("70.0%");
        assertThat(text(doc, "tr[data-customer-share=50%] td[data-field=revenue-share]")).isEqualTo("93.3%");
        assertThat(doc.select("#pareto-chart")).hasSize(1);

        assertThat(doc.select("[data-field=no-action-data]")).isEmpty();
        assertThat(text(doc, "tr[data-rule=SPEND_DROP] td[data-field=count]")).isEqualTo("2");
        assertThat(text(doc, "tr[data-rule=NEW_VIP_WELCOME] td[data-field=count]")).isEqualTo("1");
        assertThat(text(doc, "tr[data-rule=TOP_RANK_ENTRY] td[data-field=count]")).isEqualTo("0");
        assertThat(text(doc, "tr[data-manager=王经理] td[data-field=count]")).isEqualTo("2");
        assertThat(text(doc, "[data-field=unassigned]")).isEqualTo("1");

        assertThat(doc.select("#rejects td[data-field=reason]").eachText()).containsExactly(ReportFixture.HOSTILE,
                "join_date '2026-13-01' is not a date (yyyy-MM-dd)", "unknown charge_type 'GIFT'");
        assertThat(doc.select("#rejects td[data-field=reason] + td").eachText()).containsExactly("2", "1", "1");
        assertThat(doc.select("tr[data-file]").eachAttr("data-file")).containsExactly(ReportFixture.HOSTILE_FILE,
                "customers.csv");
        assertThat(doc.select("tr[data-file] td[data-field=rows-rejected]").eachText()).containsExactly("3", "1");
    }

    /**
     * A run writes the report of every month it evaluated and the index linking them. September has
     * one customer (C01, 9,999.00) and October ten: the header compares them.
     */
    @Test
    void aRunWritesEveryMonthItEvaluatedAndTheIndex() throws Exception {
        fixture.customerValues();
        database().update("INSERT INTO value_month_state (bill_month, fingerprint, customers, job_execution_id)"
                + " VALUES ('2026-09', 'f9', 1, 42), ('2026-10', 'f10', 10, 42)");

        List<Path> written = service.writeForRun(42, YearMonth.of(2026, 10));

        assertThat(written).containsExactly(output.resolve("reports/report_2026-09.html"),
                output.resolve("reports/report_2026-10.html"));
        Document index = Jsoup.parse(Files.readString(output.resolve("reports/index.html")));
        assertThat(index.select("#months tr[data-month] a").eachAttr("href"))
                .containsExactly("report_2026-10.html", "report_2026-09.html");
        Document october = Jsoup.parse(Files.readString(written.get(1)));
        assertThat(october.select("dd[data-field=customers-change]").text()).isEqualTo("▲ +9 (+900.0%)");
        assertThat(october.select("dd[data-field=revenue-change]").attr("data-direction")).isEqualTo("down");
        assertThat(october.select("[data-field=compared-with]").text()).isEqualTo("Change against 2026-09");
        Document september = Jsoup.parse(Files.readString(written.get(0)));
        assertThat(september.select("dd[data-field=customers-change]").text()).isEqualTo("—");
    }

    @Test
    void theReportIsReadableByOthersLikeEveryOtherOutput() throws Exception {
        fixture.customerValues();
        october();
        Path report = service.path(OCTOBER);
        org.junit.jupiter.api.Assumptions.assumeTrue(report.getFileSystem().supportedFileAttributeViews()
                .contains("posix"), "permissions are POSIX only");
        assertThat(Files.getPosixFilePermissions(report)).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                java.nio.file.attribute.PosixFilePermission.GROUP_READ,
                java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }

    @Test
    void hostileReasonAndFileNameAppearEscaped() throws Exception {
        fixture.customerValues();
        fixture.ingest();

        october();
        String html = Files.readString(service.path(OCTOBER));

        assertThat(html).doesNotContain("<script").doesNotContain("<b>&")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;amount&quot;");
    }

    @Test
    void tiersComeFromTheValueSummaryWhenSegmentSummaryIsMissingAndAnOpenMonthIsAnEstimate() throws Exception {
        fixture.customerValues();

        Document doc = october();

        assertThat(text(doc, "[data-field=basis]")).startsWith("estimate");
        assertThat(text(doc, "tr[data-tier=SILVER]")).isEqualTo("SILVER 3 30.0% 240.00 8.0%");
        assertThat(text(doc, "tr[data-tier=DIAMOND] td[data-field=revenue]")).isEqualTo("1,500.00");
        assertThat(text(doc, "#migration .note")).startsWith("No tier migration");
        assertThat(text(doc, "#rejects")).contains("No files ingested");
    }

    /**
     * October as the open month's estimate, its latest completed estimate taken on the 2nd (a later
     * night's failed): its 3,000.00 to date is compared with September's 9,999.00 pro-rated to day 2
     * of 31 (645.10), not with the whole of September.
     */
    @Test
    void theOpenMonthsRevenueIsComparedWithThePreviousMonthToTheEstimatesDay() throws Exception {
        fixture.customerValues();
        database().update("UPDATE value_month_summary SET estimated = TRUE WHERE bill_month = '2026-10'");
        fixture.estimateRun(1, "2026-10", "2026-10-01", "COMPLETED");
        fixture.estimateRun(2, "2026-10", "2026-10-02", "COMPLETED");
        fixture.estimateRun(3, "2026-10", "2026-10-03", "FAILED");
        fixture.estimateRun(4, "2026-11", "2026-11-01", "COMPLETED");

        Document doc = october();

        assertThat(stories.estimateAsOf(OCTOBER)).isEqualTo(java.time.LocalDate.of(2026, 10, 2));
        assertThat(text(doc, "[data-field=basis]")).startsWith("estimate");
        assertThat(text(doc, "dd[data-field=revenue-change]")).isEqualTo("▲ +2,354.90 (+365.0%)");
        assertThat(text(doc, "dd[data-field=revenue-against]")).isEqualTo("against 645.10: 2026-09 pro-rated to day 2 of 31");
        assertThat(text(doc, "dd[data-field=customers-change]")).isEqualTo("▲ +9 (+900.0%)");
    }

    /**
     * October's actions of two managers as they stand in November: M001 (王经理) did one on the due
     * day, one a day late, let one expire and has one still open; M002 (no longer in the manager
     * export) did one early. September's action and the unassigned one are not in October's table.
     */
    @Test
    void theServiceTableCountsEachManagersActionsDoneOnTimeLateAndExpired() throws Exception {
        fixture.customerValues();
        JdbcTemplate jdbc = database();
        jdbc.update("INSERT INTO account_manager (manager_id, name, region, capacity, file_id) "
                + "VALUES ('M001', '王经理', '北京', 200, 1)");
        String insert = "INSERT INTO vip_action (customer_id, rule_code, period, tier, priority, reason, issued_on, "
                + "due_date, status, closed_on, manager_id) VALUES (?, ?, ?, 'GOLD', 'P1', 'r', DATE '2026-11-05', "
                + "DATE '2026-11-10', ?, ?, ?)";
        jdbc.update(insert, "C1", "SPEND_DROP", "2026-10", "DONE", java.sql.Date.valueOf("2026-11-10"), "M001");
        jdbc.update(insert, "C2", "SPEND_DROP", "2026-10", "DONE", java.sql.Date.valueOf("2026-11-11"), "M001");
        jdbc.update(insert, "C3", "SPEND_DROP", "2026-10", "EXPIRED", java.sql.Date.valueOf("2026-11-11"), "M001");
        jdbc.update(insert, "C4", "SPEND_DROP", "2026-10", "OPEN", null, "M001");
        jdbc.update(insert, "C5", "SPEND_DROP", "2026-10", "DONE", java.sql.Date.valueOf("2026-11-06"), "M002");
        jdbc.update(insert, "C6", "SPEND_DROP", "2026-10", "DONE", java.sql.Date.valueOf("2026-11-06"), null);
        jdbc.update(insert, "C7", "SPEND_DROP", "2026-09", "EXPIRED", java.sql.Date.valueOf("2026-10-11"), "M001");

        Document doc = october();

        assertThat(doc.select("#manager-service tr[data-service-manager]").eachAttr("data-service-manager"))
                .containsExactly("M001", "M002");
        assertThat(text(doc, "tr[data-service-manager=M001]")).isEqualTo("王经理 (M001) 4 1 1 1 1 33.3%");
        assertThat(text(doc, "tr[data-service-manager=M002]")).isEqualTo("M002 1 1 0 0 0 100.0%");
        assertThat(text(doc, "tr[data-service-total]")).isEqualTo("Total, 2 managers 5 2 1 1 1 50.0%");
    }

    @Test
    void twoWritesOfTheSameDataAreByteIdentical() throws Exception {
        fixture.customerValues();
        fixture.segmentSummary();
        fixture.migration();
        fixture.ingest();

        byte[] first = Files.readAllBytes(service.write(OCTOBER));
        byte[] second = Files.readAllBytes(service.write(OCTOBER));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void monthWithoutDataIsAUsageErrorThatNamesTheMonthsWithData() {
        fixture.customerValues();
        fixture.ingest();

        int code = report("--month", "2026-07");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("No data for 2026-07").contains("Months with data: 2026-09, 2026-10");
        assertThat(service.path(YearMonth.of(2026, 7))).doesNotExist();
    }

    /**
     * The fixture's summary keeps no curve, so the report's curve comes from the month's spends read
     * in one streamed statement (StreamingReads on MariaDB): the same curve as every spend of the month
     * read into a list first and added largest first.
     */
    @Test
    void paretoFromTheStreamedSpendsIsTheCurveOfEveryRow() {
        fixture.customerValues();
        JdbcTemplate plain = new JdbcTemplate(dataSource);
        List<java.math.BigDecimal> spends = plain.queryForList(
                "SELECT spend FROM customer_month WHERE bill_month = ?", java.math.BigDecimal.class,
                OCTOBER.toString());
        assertThat(spends).hasSizeGreaterThan(1);
        spends.sort(java.util.Comparator.reverseOrder());
        com.jinpai.value.ParetoCurve expected = new com.jinpai.value.ParetoCurve(spends.size(),
                properties.paretoPoints());
        spends.forEach(expected::add);

        assertThat(values.pareto(OCTOBER, spends.size(), properties.paretoPoints())).isEqualTo(expected.points());
    }

    @Test
    void missingOrMalformedMonthIsAUsageError() {
        assertThat(report()).isEqualTo(2);
        assertThat(err.toString()).contains("--month");
        assertThat(report("--month", "2026-13")).isEqualTo(2);
        assertThat(err.toString()).contains("'2026-13' is not a month; use YYYY-MM");
    }

    @OnH2
    static class H2Tests extends ReportIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends ReportIntegrationTests {
    }
}
