package com.jinpai.jobs;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import com.jinpai.operations.JobRunner;
import com.jinpai.operations.RunRequest;
import com.jinpai.operations.RunResult;
import com.jinpai.run.JobNames;
import com.jinpai.run.RunParameters;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.system.CsvFiles;
import com.jinpai.system.JinpaiProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly job end to end over the bundled sample-data/, with the expected figures worked out
 * here from the raw CSV files (not from the code under test), and a re-run that must reproduce
 * every table row and every file byte for byte.
 */
abstract class SampleDataIntegrationTests {

    private static final Path INBOX = Path.of("sample-data");
    private static final YearMonth OPEN = YearMonth.of(2026, 11);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 5);
    private static final List<YearMonth> CLOSED = List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9),
            YearMonth.of(2026, 10));

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRunner runner;

    @Autowired
    JinpaiProperties properties;

    private JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabaseAndOutput() {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        FileSystemUtils.deleteRecursively(properties.outputDir().toFile());
    }

    private RunResult nightly() {
        return runner.run(new RunRequest(JobNames.NIGHTLY, OPEN, AS_OF, INBOX));
    }

    @Test
    void nightlyOverSampleDataLoadsEveryRowAndComputesSpendAsTheFilesSay() throws IOException {
        RunResult result = nightly();

        assertThat(result.outcome()).as(result.message()).isEqualTo(RunResult.Outcome.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM customer")).isEqualTo(dataRows("customers.csv"));
        assertThat(count("SELECT SUM(rows_loaded) FROM ingest_file WHERE source = 'bill-lines' AND status = 'LOADED'"))
                .isEqualTo(dataRows("billing"));
        assertThat(count("SELECT COUNT(*) FROM payment")).isEqualTo(dataRows("payments"));
        assertThat(count("SELECT SUM(rows_loaded) FROM ingest_file WHERE source = 'usage' AND status = 'LOADED'"))
                .isEqualTo(dataRows("usage"));
        assertThat(count("SELECT COUNT(*) FROM ingest_reject")).isZero();

        for (YearMonth month : CLOSED) {
            Map<String, BigDecimal> expected = spendFromFiles(month);
            Map<String, BigDecimal> actual = new TreeMap<>();
            jdbc.query("SELECT customer_id, spend FROM customer_month WHERE bill_month = ? AND estimated = FALSE",
                    rs -> {
                        actual.put(rs.getString(1), rs.getBigDecimal(2));
                    }, month.toString());
            // Every customer with a bill line has exactly the files' net spend (EQUIPMENT excluded);
            // customers on the books but without a line have 0.
            expected.forEach((customer, spend) -> assertThat(actual.get(customer))
                    .as("spend of %s in %s", customer, month).isEqualByComparingTo(spend));
            actual.forEach((customer, spend) -> {
                if (!expected.containsKey(customer)) {
                    assertThat(spend).as("spend of %s in %s (no line)", customer, month).isZero();
                }
            });
            BigDecimal total = expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(jdbc.queryForObject("SELECT SUM(spend) FROM customer_month WHERE bill_month = ?",
                    BigDecimal.class, month.toString())).isEqualByComparingTo(total);
        }

        // The average at October is the mean of the closed months since the customer joined.
        Map<String, LocalDate> joined = joinDates();
        Map<String, BigDecimal> aug = spendFromFiles(CLOSED.get(0));
        Map<String, BigDecimal> sep = spendFromFiles(CLOSED.get(1));
        Map<String, BigDecimal> oct = spendFromFiles(CLOSED.get(2));
        for (String customer : List.of("C0000001", "C0000002", "C0000100", "C0000250", "C0000400")) {
            List<BigDecimal> window = new java.util.ArrayList<>();
            for (int i = 0; i < CLOSED.size(); i++) {
                if (!CLOSED.get(i).isBefore(YearMonth.from(joined.get(customer)))) {
                    window.add(List.of(aug, sep, oct).get(i).getOrDefault(customer, BigDecimal.ZERO));
                }
            }
            BigDecimal expected = window.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(window.size()), 2, java.math.RoundingMode.HALF_UP);
            assertThat(jdbc.queryForObject("SELECT avg_spend FROM customer_month WHERE customer_id = ? "
                    + "AND bill_month = '2026-10'", BigDecimal.class, customer))
                    .as("October average of %s", customer).isEqualByComparingTo(expected);
        }

        // Every VIP of the open month has one assignment row, a manager or an explicit "unassigned".
        assertThat(count("SELECT COUNT(*) FROM vip_assignment"))
                .isEqualTo(count("SELECT COUNT(*) FROM customer_month WHERE bill_month = '2026-11' AND vip = TRUE "
                        + "AND status <> 'CLOSED'"));
        assertThat(count("SELECT COUNT(*) FROM vip_action WHERE period = '2026-11'")).isPositive();
        assertThat(properties.outputDir().resolve("actions/2026-11/index.csv")).exists();
        assertThat(properties.outputDir().resolve("reports/report_2026-11.html")).exists();
    }

    @Test
    void rerunReproducesEveryRowAndEveryFileByteForByte() throws IOException {
        assertThat(nightly().outcome()).isEqualTo(RunResult.Outcome.COMPLETED);
        Map<String, List<String>> tables = tables();
        Map<String, byte[]> files = files();

        RunResult again = nightly();
        assertThat(again.outcome()).isEqualTo(RunResult.Outcome.ALREADY_COMPLETE);
        assertThat(again.message()).contains("jinpai rerun nightly --month 2026-11");

        RunResult rerun = runner.rerun(new RunRequest(JobNames.NIGHTLY, OPEN, AS_OF, INBOX));
        assertThat(rerun.outcome()).as(rerun.message()).isEqualTo(RunResult.Outcome.COMPLETED);
        assertThat(rerun.execution().getJobParameters().getLong(RunParameters.RERUN)).isEqualTo(1L);
        assertThat(tables()).isEqualTo(tables);
        Map<String, byte[]> rerunFiles = files();
        assertThat(rerunFiles.keySet()).isEqualTo(files.keySet());
        files.forEach((name, bytes) -> assertThat(rerunFiles.get(name)).as(name).isEqualTo(bytes));
    }

    private Map<String, List<String>> tables() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : List.of("customer_month ORDER BY customer_id, bill_month",
                "tier_history ORDER BY customer_id, effective_from", "top_n_change ORDER BY bill_month, customer_id",
                "segment_summary ORDER BY bill_month, dimension, segment",
                "tier_migration ORDER BY bill_month, from_tier, to_tier",
                "vip_assignment ORDER BY customer_id", "vip_action ORDER BY customer_id, rule_code, period")) {
            tables.put(table, jdbc.query("SELECT * FROM " + table, (rs, n) -> {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                return row.toString();
            }));
        }
        return tables;
    }

    private Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Path root = properties.outputDir();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    /** Data rows of a file, or of every CSV file under a folder. */
    private static long dataRows(String relative) throws IOException {
        Path path = INBOX.resolve(relative);
        List<Path> files;
        try (Stream<Path> paths = Files.walk(path)) {
            files = paths.filter(p -> p.toString().endsWith(".csv")).toList();
        }
        long rows = 0;
        for (Path file : files) {
            try (CSVParser parser = CsvFiles.read(file, StandardCharsets.UTF_8, ',')) {
                rows += parser.stream().count();
            }
        }
        return rows;
    }

    /** Net spend per customer from the month's bill-line file: distinct line ids, EQUIPMENT excluded. */
    private static Map<String, BigDecimal> spendFromFiles(YearMonth month) throws IOException {
        Map<String, CSVRecord> lines = new HashMap<>();
        try (CSVParser parser = CsvFiles.read(INBOX.resolve("billing/bill_lines_" + month + ".csv"),
                StandardCharsets.UTF_8, ',')) {
            parser.forEach(record -> lines.putIfAbsent(record.get("line_id"), record));
        }
        return lines.values().stream()
                .filter(line -> !"EQUIPMENT".equals(line.get("charge_type")))
                .collect(Collectors.groupingBy(line -> line.get("customer_id"), TreeMap::new,
                        Collectors.reducing(BigDecimal.ZERO, line -> new BigDecimal(line.get("amount")),
                                BigDecimal::add)));
    }

    private static Map<String, LocalDate> joinDates() throws IOException {
        Map<String, LocalDate> joined = new HashMap<>();
        try (CSVParser parser = CsvFiles.read(INBOX.resolve("customers.csv"), StandardCharsets.UTF_8, ',')) {
            parser.forEach(r -> joined.put(r.get("customer_id"), LocalDate.parse(r.get("join_date"))));
        }
        return joined;
    }

    @OnH2
    static class H2Tests extends SampleDataIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends SampleDataIntegrationTests {
    }
}
