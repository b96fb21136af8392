package com.jinpai.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import com.jinpai.action.list.ActionListColumns;
import com.jinpai.generate.GenerateRequest;
import com.jinpai.generate.SyntheticExportGenerator;
import com.jinpai.ingest.quality.InboxDays;
import com.jinpai.run.JobNames;
import com.jinpai.run.RunParameters;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.system.BusinessCalendar;
import com.jinpai.system.CsvFiles;
import com.jinpai.system.JinpaiProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first install as an operator does it: six months of generated exports backfilled with
 * {@code month-close}, then the open month's {@code nightly}. Actions are about now (the latest
 * closed month and the open month, none of the five superseded months), the first evaluated month is
 * a baseline, no list row is overdue when written, and the nightly re-run on a later day writes the
 * same lists byte for byte.
 */
abstract class BackfillThenNightlyIntegrationTests {

    private static final List<YearMonth> CLOSED = List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 6),
            YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10));
    private static final YearMonth LATEST_CLOSED = CLOSED.get(CLOSED.size() - 1);
    private static final YearMonth OPEN = LATEST_CLOSED.plusMonths(1);
    private static final int CUSTOMERS = 600;
    private static final int USAGE_DAYS = 3;
    private static final LocalDate NIGHT = OPEN.atDay(USAGE_DAYS);
    /** How many days after the nightly its re-run happens. */
    private static final int LATER_DAYS = 3;

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRunner runner;

    @Autowired
    JinpaiProperties properties;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    List<Job> jobs;

    @Autowired
    RunLocks locks;

    @Autowired
    InboxDays inboxDays;

    @Autowired
    DatabaseOutage outage;

    @Autowired
    BusinessCalendar calendar;

    @TempDir
    Path inbox;

    private JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabaseAndOutput() throws IOException {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        FileSystemUtils.deleteRecursively(properties.outputDir().toFile());
        new SyntheticExportGenerator().generate(new GenerateRequest(CUSTOMERS, CLOSED, USAGE_DAYS, 7, inbox));
    }

    @Test
    void actionsAreAboutNowNoneIsOverdueWhenWrittenAndALaterReRunWritesTheSameLists() throws IOException {
        Backfill.Result backfill = new Backfill(runner).run(JobNames.MONTH_CLOSE, CLOSED.get(0), LATEST_CLOSED, null,
                inbox, month -> { });
        assertThat(backfill.stoppedAt()).as(String.valueOf(backfill.stoppedAt())).isNull();
        assertThat(jdbc.queryForList("SELECT DISTINCT period FROM vip_action", String.class))
                .as("a backfill issues for the latest closed month only").containsExactly(LATEST_CLOSED.toString());

        RunResult nightly = runner.run(new RunRequest(JobNames.NIGHTLY, OPEN, NIGHT, inbox));
        assertThat(nightly.outcome()).as(nightly.message()).isEqualTo(RunResult.Outcome.COMPLETED);

        assertThat(jdbc.queryForList("SELECT DISTINCT period FROM vip_action WHERE status = 'OPEN' ORDER BY period",
                String.class)).as("open actions are of the latest closed month or the open month")
                .isSubsetOf(LATEST_CLOSED.toString(), OPEN.toString()).isNotEmpty();
        assertThat(count("SELECT COUNT(*) FROM vip_action WHERE period < ?", LATEST_CLOSED.toString())).isZero();
        // the welcomed are exactly October's real crossings into VIP (September evaluated before them)
        assertThat(jdbc.queryForList("SELECT customer_id FROM vip_action WHERE rule_code = 'NEW_VIP_WELCOME' "
                + "ORDER BY customer_id", String.class)).isEqualTo(jdbc.queryForList("SELECT customer_id "
                        + "FROM customer_month WHERE bill_month = ? AND vip = TRUE AND status <> 'CLOSED' AND "
                        + "(previous_tier IS NULL OR previous_tier NOT IN ('GOLD', 'PLATINUM', 'DIAMOND')) "
                        + "ORDER BY customer_id", String.class, LATEST_CLOSED.toString()));
        assertThat(count("SELECT COUNT(*) FROM vip_action WHERE rule_code = 'NEW_VIP_WELCOME'"))
                .as("far fewer than the VIPs").isLessThan(count("SELECT COUNT(*) FROM vip_assignment") / 4);

        Path lists = properties.outputDir().resolve("actions").resolve(OPEN.toString());
        LocalDate published = RunParameters.from(nightly.execution()).publishDay();
        int due = ActionListColumns.ALL.indexOf(ActionListColumns.DUE_DATE);
        int issued = ActionListColumns.ALL.indexOf(ActionListColumns.ISSUED_ON);
        List<List<String>> rows = listRows(lists);
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(LocalDate.parse(row.get(due))).as(row.toString()).isAfterOrEqualTo(published);
            assertThat(LocalDate.parse(row.get(due))).as(row.toString())
                    .isAfterOrEqualTo(LocalDate.parse(row.get(issued)));
        });
        assertThat(count("SELECT COUNT(*) FROM vip_action WHERE status = 'OPEN' AND due_date < ?", published))
                .isZero();
        Map<String, byte[]> files = contents(lists);

        RunResult rerun = laterRunner().rerun(new RunRequest(JobNames.NIGHTLY, OPEN, NIGHT, inbox));
        assertThat(rerun.outcome()).as(rerun.message()).isEqualTo(RunResult.Outcome.COMPLETED);
        assertThat(RunParameters.from(rerun.execution()).publishDay()).as("the original run's publish day")
                .isEqualTo(published);
        Map<String, byte[]> again = contents(lists);
        assertThat(again.keySet()).isEqualTo(files.keySet());
        files.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
    }

    /** The first evaluated month is a baseline: its VIPs and its top-N are not "new". */
    @Test
    void aFirstInstallOnOneClosedMonthWelcomesNobodyAndNobodyEntersTheTopN() throws IOException {
        RunResult close = runner.run(new RunRequest(JobNames.MONTH_CLOSE, CLOSED.get(0), null, inbox));
        assertThat(close.outcome()).as(close.message()).isEqualTo(RunResult.Outcome.COMPLETED);

        assertThat(count("SELECT COUNT(*) FROM vip_assignment")).as("there are VIPs").isPositive();
        assertThat(count("SELECT COUNT(*) FROM vip_action WHERE rule_code IN ('NEW_VIP_WELCOME', 'TOP_RANK_ENTRY')"))
                .isZero();
    }

    /** A runner whose business day is some days after today's: a re-run by an admin later that week. */
    private JobRunner laterRunner() {
        BusinessCalendar later = new BusinessCalendar(Clock.system(calendar.zone()),
                calendar.today().plusDays(LATER_DAYS));
        return new JobRunner(jobOperator, jobRepository, jobs, later, locks,
                new RunParameterResolver(jobRepository, later, properties, inboxDays), outage);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    /** Every row of every manager's and the unassigned CSV list. */
    private static List<List<String>> listRows(Path folder) throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (String name : contents(folder).keySet()) {
            if (!name.endsWith(".csv") || name.startsWith("index") || name.equals("unassigned-vips.csv")) {
                continue;
            }
            try (CSVParser parser = CsvFiles.read(folder.resolve(name), StandardCharsets.UTF_8, ',')) {
                for (CSVRecord record : parser) {
                    rows.add(record.toList());
                }
            }
        }
        return rows;
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                contents.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    @OnH2
    static class H2Tests extends BackfillThenNightlyIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends BackfillThenNightlyIntegrationTests {
    }
}
