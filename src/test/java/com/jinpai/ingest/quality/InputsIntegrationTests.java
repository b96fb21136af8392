package com.jinpai.ingest.quality;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.jinpai.cli.Cli;
import com.jinpai.ingest.IngestService;
import com.jinpai.operations.JobRunner;
import com.jinpai.operations.RunRequest;
import com.jinpai.operations.RunResult;
import com.jinpai.operations.RunResult.Outcome;
import com.jinpai.run.JobNames;
import com.jinpai.run.RunParameters;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.system.JinpaiProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stale or shrunken inputs never publish: the real jobs over a copy of sample-data/ (newest usage
 * day 2026-11-05, payments files for the bills of August to October), changed as each case needs.
 */
abstract class InputsIntegrationTests {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final LocalDate NEWEST_USAGE = LocalDate.of(2026, 11, 5);

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRunner runner;

    @Autowired
    IngestService ingest;

    @Autowired
    JinpaiProperties properties;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path folder;

    JdbcTemplate jdbc;
    Path inbox;

    @BeforeEach
    void copySampleData() throws IOException {
        resetDatabase();
        FileSystemUtils.deleteRecursively(properties.outputDir().toFile());
        inbox = folder.resolve("inbox");
        Path sample = Path.of("sample-data");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("bad-rows"))
                    .toList()) {
                Path target = inbox.resolve(sample.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    @Test
    void aCustomersFile30PercentSmallerFailsSayingSoAndTheAcceptOptionLetsItThrough() throws IOException {
        assertThat(nightly(NEWEST_USAGE, false).outcome()).isEqualTo(Outcome.COMPLETED);
        long known = count("SELECT COUNT(*) FROM customer");
        List<String> lines = Files.readAllLines(inbox.resolve("customers.csv"), StandardCharsets.UTF_8);
        int kept = (int) ((lines.size() - 1) * 0.7);
        Files.write(inbox.resolve("customers.csv"), lines.subList(0, 1 + kept), StandardCharsets.UTF_8);

        RunResult refused = nightly(NEWEST_USAGE.minusDays(1), false);

        assertThat(refused.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(refused.message()).contains(String.format("customers.csv would drop %d of the %d known customers",
                known - kept, known)).contains(known + " before, " + kept + " after").contains("--accept-shrink")
                .contains("jinpai.inputs.snapshot-shrink-limit");
        assertThat(count("SELECT COUNT(*) FROM customer")).isEqualTo(known);

        RunResult accepted = nightly(NEWEST_USAGE.minusDays(1), true);

        assertThat(accepted.outcome()).as(accepted.message()).isEqualTo(Outcome.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM customer")).isEqualTo(kept);
    }

    @Test
    void usageOlderThanItsErrorAgeFailsTheNightlyBeforeAnyListOrReportIsWritten() {
        LocalDate night = LocalDate.of(2026, 11, 20);

        RunResult stale = nightly(night, false);

        assertThat(stale.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(stale.message()).contains("usage: newest data 2026-11-05 is 15 days old on 2026-11-20, past its "
                + "error age of 5 days").contains("nothing was published");
        assertThat(count("SELECT COUNT(*) FROM vip_action")).isZero();
        assertThat(count("SELECT COUNT(*) FROM customer_month WHERE bill_month = '2026-11'")).isZero();
        assertThat(properties.outputDir().resolve("actions/2026-11")).doesNotExist();
        assertThat(properties.outputDir().resolve("reports/report_2026-11.html")).doesNotExist();
        assertThat(jdbc.queryForObject("SELECT level FROM input_check WHERE source = 'usage'", String.class))
                .isEqualTo("ERROR");
    }

    @Test
    void theNightlysDefaultAsOfIsTheNewestUsageDayAndTheRunSaysSo() {
        RunResult run = runner.run(new RunRequest(JobNames.NIGHTLY, NOVEMBER, null, inbox));

        assertThat(run.outcome()).as(run.message()).isEqualTo(Outcome.COMPLETED);
        assertThat(RunParameters.from(run.execution()).asOf()).isEqualTo(NEWEST_USAGE);
        assertThat(run.notices()).anySatisfy(notice -> assertThat(notice)
                .contains("as of 2026-11-05, the newest usage day in the inbox"));
    }

    @Test
    void aMonthWithoutItsPaymentsFileRaisesNoArrearsNoticeAndSaysWhy() throws IOException {
        RunResult complete = runner.run(new RunRequest(JobNames.MONTH_CLOSE, OCTOBER, null, inbox));
        assertThat(complete.outcome()).as(complete.message()).isEqualTo(Outcome.COMPLETED);
        long withPayments = count("SELECT COUNT(*) FROM vip_action WHERE rule_code = 'ARREARS_NOTICE'");
        assertThat(withPayments).as("the sample's VIPs with arrears").isPositive();

        resetDatabase();
        Files.delete(inbox.resolve("payments/payments_2026-09.csv"));
        RunResult missing = runner.run(new RunRequest(JobNames.MONTH_CLOSE, OCTOBER, null, inbox));

        assertThat(missing.outcome()).as(missing.message()).isEqualTo(Outcome.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM vip_action WHERE rule_code = 'ARREARS_NOTICE'")).isZero();
        assertThat(jdbc.queryForObject("SELECT findings FROM input_check WHERE source = 'payments'", String.class))
                .contains("WARN payments: no payments file for 2026-09").contains("no ARREARS_NOTICE");
        assertThat(Files.readString(properties.outputDir().resolve("reports/report_2026-10.html")))
                .contains("no payments file for 2026-09");
    }

    @Test
    void checkExitsZeroOnFreshInputsWithWarningsAndOneOnStaleOnesInItsJsonShape() throws IOException {
        ingest.ingestAll(inbox);

        Output fresh = check("--as-of", NEWEST_USAGE.toString(), "--output", "json");
        assertThat(fresh.code()).as(fresh.err()).isZero();
        JsonNode document = JsonMapper.builder().build().readTree(fresh.out());
        assertThat(document.get("asOf").asString()).isEqualTo("2026-11-05");
        JsonNode partial = source(document, "payments");
        assertThat(partial.get("level").asString()).as("October's bill is being paid in November: 5 of its 30 days")
                .isEqualTo("PASS");
        assertThat(partial.get("rows").asLong()).isEqualTo(75);
        assertThat(partial.get("usualRows").asLong()).as("377 (the median of August and September) x 5 / 30")
                .isEqualTo(63);

        Path october = inbox.resolve("payments/payments_2026-10.csv");
        List<String> lines = Files.readAllLines(october, StandardCharsets.UTF_8);
        Files.write(october, lines.subList(0, 1 + 25), StandardCharsets.UTF_8);
        ingest.ingestAll(inbox);

        document = JsonMapper.builder().build().readTree(check("--as-of", NEWEST_USAGE.toString(), "--output", "json")
                .out());
        assertThat(document.get("level").asString()).isEqualTo("WARN");
        JsonNode usage = source(document, "usage");
        assertThat(usage.get("level").asString()).isEqualTo("PASS");
        assertThat(usage.get("newestFile").asString()).isEqualTo("usage/usage_2026-11-05.csv");
        assertThat(usage.get("newestData").asString()).isEqualTo("2026-11-05");
        assertThat(usage.get("ageDays").asLong()).isZero();
        assertThat(usage.get("rows").asLong()).isEqualTo(598);
        assertThat(usage.get("usualRows").isNumber()).isTrue();
        JsonNode payments = source(document, "payments");
        assertThat(payments.get("level").asString()).as("25 rows are far below the 63 expected by 5 November")
                .isEqualTo("WARN");
        assertThat(payments.get("findings").get(0).get("text").asString())
                .contains("payments payments/payments_2026-10.csv: 25 rows against 63 expected by 2026-11-05, the usual"
                        + " 377 (median of the 2 earlier file(s)) pro-rated to 5 of the 30 days of its period"
                        + " 2026-11-01..2026-11-30, -60%, outside the band -50% / +100%");
        assertThat(source(document, "customers").get("newestData").isNull()).isTrue();

        Output stale = check("--as-of", "2026-11-20");
        assertThat(stale.code()).isEqualTo(1);
        assertThat(stale.out()).contains("Inputs as of 2026-11-20: ERROR")
                .contains("ERROR usage: newest data 2026-11-05 is 15 days old on 2026-11-20");
        assertThat(check("--as-of", "2026-11-20", "--output", "json").out()).contains("\"level\" : \"ERROR\"");
    }

    private static JsonNode source(JsonNode document, String name) {
        for (JsonNode source : document.get("sources")) {
            if (source.get("source").asString().equals(name)) {
                return source;
            }
        }
        throw new AssertionError("no source " + name + " in " + document);
    }

    private RunResult nightly(LocalDate night, boolean acceptShrink) {
        return runner.run(new RunRequest(JobNames.NIGHTLY, NOVEMBER, night, inbox, acceptShrink, false));
    }

    private void resetDatabase() {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private record Output(int code, String out, String err) {
    }

    private Output check(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] line = Stream.concat(Stream.of("check"), Stream.of(args)).toArray(String[]::new);
        int code = Cli.execute(context, new PrintWriter(out), new PrintWriter(err), line);
        return new Output(code, out.toString(), err.toString());
    }

    @OnH2
    static class H2Tests extends InputsIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends InputsIntegrationTests {
    }
}
