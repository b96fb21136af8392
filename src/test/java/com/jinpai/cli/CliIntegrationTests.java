package com.jinpai.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.jinpai.operations.OpsTestControl;
import com.jinpai.schedule.ScheduleFiles;
import com.jinpai.schedule.ScheduleRegistrar;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every command's exit codes and messages, through the real command line on the test job. */
abstract class CliIntegrationTests {

    static final String JOB = "ops-test";

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    OpsTestControl control;

    @Autowired
    Scheduler scheduler;

    @Autowired
    ScheduleFiles files;

    JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        control.reset();
        new TestDatabase(dataSource).reset();
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void release() {
        control.reset();
    }

    record Output(int code, String out, String err) {
    }

    Output jinpai(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(context, new PrintWriter(out), new PrintWriter(err), args);
        return new Output(code, out.toString(), err.toString());
    }

    @Test
    void runRerunAndTheirRefusals() {
        Output run = jinpai("run", JOB, "--month", "2025-01");
        assertThat(run.code()).isZero();
        assertThat(run.out()).containsPattern("ops-test 2025-01 as of \\d{4}-\\d{2}-\\d{2} — execution")
                .contains("opsTestCountStep").contains("completed");
        String asOf = run.out().replaceAll("(?s).*ops-test 2025-01 as of (\\S+) — .*", "$1");

        Output again = jinpai("run", JOB, "--month", "2025-01");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("has already completed; use `jinpai rerun ops-test --month 2025-01`");

        Output rerun = jinpai("rerun", JOB, "--month", "2025-01");
        assertThat(rerun.code()).isZero();
        assertThat(rerun.out()).contains("ops-test 2025-01 as of " + asOf + " (re-run 1)");

        assertThat(jinpai("run", "weekly", "--month", "2025-01").err()).contains("unknown job 'weekly'");
        assertThat(jinpai("run", "weekly", "--month", "2025-01").code()).isEqualTo(2);
        Output badMonth = jinpai("run", JOB, "--month", "2025-13");
        assertThat(badMonth.code()).isEqualTo(2);
        assertThat(badMonth.err()).contains("'2025-13' is not a month; use YYYY-MM");
        assertThat(jinpai("run", JOB, "--month", LocalDate.now().plusMonths(2).toString().substring(0, 7)).code())
                .isEqualTo(2);
    }

    @Test
    void theInboxIsCheckedBeforeARunAndARerunSaysWhenItReadsAnother(@TempDir Path folders) throws Exception {
        Path missing = folders.resolve("missing");
        Output refused = jinpai("run", JOB, "--month", "2025-04", "--inbox", missing.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("inbox " + missing + " (--inbox) does not exist");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isZero();

        Path first = Files.createDirectories(folders.resolve("first"));
        Path second = Files.createDirectories(folders.resolve("second"));
        Output run = jinpai("run", JOB, "--month", "2025-04", "--inbox", first.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Inbox: " + first);

        Output rerun = jinpai("rerun", JOB, "--month", "2025-04", "--inbox", second.toString());
        assertThat(rerun.code()).isZero();
        assertThat(rerun.out()).contains("Note: reads inbox " + second + " (--inbox) instead of the original run's "
                + first).contains("Inbox: " + second);
    }

    @Test
    void aFailedRunExitsOneAndRestartResumesIt() {
        control.failAt("2025-02", 57);
        Output failed = jinpai("run", JOB, "--month", "2025-02");
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("failed on purpose at item 57");
        long id = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        assertThat(failed.err()).contains("`jinpai restart " + id + "` resumes where it stopped");

        control.clearFailure();
        assertThat(jinpai("restart", String.valueOf(id)).code()).isZero();
        assertThat(jinpai("restart", String.valueOf(id)).code()).isEqualTo(2);
        Output unknown = jinpai("restart", "999999");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no job execution 999999; `jinpai history` lists them");
    }

    @Test
    void aRunOfARunningMonthExitsThreeNamingItAndStopStopsIt() throws Exception {
        control.hold();
        CompletableFuture<Output> first = CompletableFuture.supplyAsync(() -> jinpai("run", JOB, "--month", "2025-03"));
        // Not the run lock: the run holds it before its first step starts, and a stop request that
        // crosses one of the step's first commits fails. In the hold step nothing commits.
        await().atMost(Duration.ofSeconds(20)).until(control::holding);
        long id = jdbc.queryForObject("SELECT execution_id FROM run_lock", Long.class);

        Output second = jinpai("run", JOB, "--month", "2025-03");
        assertThat(second.code()).as(second.toString()).isEqualTo(3);
        assertThat(second.err()).contains("ops-test 2025-03 is already running as execution " + id);
        assertThat(jinpai("backfill", JOB, "--from", "2025-03", "--to", "2025-04").code()).isEqualTo(3);
        Output status = jinpai("status");
        assertThat(status.code()).as(status.toString()).isZero();
        assertThat(status.out()).contains("Run locks").contains("execution " + id);

        Output stop = jinpai("stop", String.valueOf(id));
        assertThat(stop.code()).as(stop.toString()).isZero();
        assertThat(stop.out()).contains("stop requested for execution " + id);
        Output stopped = first.get(20, TimeUnit.SECONDS);
        assertThat(stopped.code()).isEqualTo(1);
        assertThat(stopped.err()).contains("stopped at its last commit; `jinpai restart " + id + "` resumes it");
        Output notRunning = jinpai("stop", String.valueOf(id));
        assertThat(notRunning.code()).as(notRunning.toString()).isEqualTo(2);
        assertThat(jinpai("stop", "999999").code()).isEqualTo(2);
        control.release();
        Output restart = jinpai("restart", String.valueOf(id));
        assertThat(restart.code()).as(restart.toString()).isZero();
    }

    @Test
    void backfillRunsMonthsInOrderAndStopsAtTheFirstFailureWithTheCommandsToFinish() {
        jinpai("run", JOB, "--month", "2025-02");
        control.failAt("2025-03", 57);
        Output backfill = jinpai("backfill", JOB, "--from", "2025-01", "--to", "2025-05");
        assertThat(backfill.code()).isEqualTo(1);
        assertThat(backfill.out()).contains("ops-test 2025-01: completed", "ops-test 2025-02: already completed, skipped",
                "ops-test 2025-03: failed").doesNotContain("2025-04");
        long id = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        assertThat(backfill.err()).contains("Backfill stopped at 2025-03: execution " + id + " ended FAILED",
                "To finish the backfill, fix the cause, then run:", "  jinpai restart " + id,
                "  jinpai backfill ops-test --from 2025-04 --to 2025-05");

        control.clearFailure();
        assertThat(jinpai("restart", String.valueOf(id)).code()).isZero();
        Output rest = jinpai("backfill", JOB, "--from", "2025-04", "--to", "2025-05");
        assertThat(rest.code()).isZero();
        assertThat(rest.out()).contains("Backfill of ops-test from 2025-04 to 2025-05 done: 2 month(s).");
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT bill_month) FROM ops_test_row", Integer.class))
                .isEqualTo(5);

        assertThat(jinpai("backfill", JOB, "--from", "2025-05", "--to", "2025-01").code()).isEqualTo(2);
        assertThat(jinpai("backfill", JOB, "--from", "2025-01").code()).isEqualTo(2);
    }

    @Test
    void backfillTakesAnInboxAndAnAsOfAndARestartReadsTheRunsInboxAgain(@TempDir Path folders) throws Exception {
        Path inbox = Files.createDirectories(folders.resolve("exports"));
        Output backfill = jinpai("backfill", JOB, "--from", "2025-01", "--to", "2025-02", "--inbox", inbox.toString(),
                "--as-of", "2025-03-02");
        assertThat(backfill.code()).as(backfill.err()).isZero();
        assertThat(jdbc.queryForList("SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = ?",
                String.class, "inbox")).hasSize(2).containsOnly(inbox.toAbsolutePath().normalize().toString());
        assertThat(jdbc.queryForList("SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = ?",
                String.class, "asOf")).hasSize(2).containsOnly("2025-03-02");

        control.failAt("2025-03", 57);
        assertThat(jinpai("run", JOB, "--month", "2025-03", "--inbox", inbox.toString()).code()).isEqualTo(1);
        long id = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        control.clearFailure();
        Output restart = jinpai("restart", String.valueOf(id));

        assertThat(restart.code()).as(restart.err()).isZero();
        assertThat(restart.out()).contains("Inbox: " + inbox.toAbsolutePath().normalize());
    }

    @Test
    void historyFiltersByJobMonthStatusAndDay() {
        jinpai("run", JOB, "--month", "2025-01");
        control.failAt("2025-02", 57);
        jinpai("run", JOB, "--month", "2025-02");
        Output failedOnly = jinpai("history", "--status", "failed");
        assertThat(failedOnly.code()).isZero();
        assertThat(failedOnly.out()).contains("2025-02").doesNotContain("2025-01");
        assertThat(jinpai("history", "--job", JOB, "--month", "2025-01").out()).contains("COMPLETED")
                .doesNotContain("2025-02");
        // the filter counts days in the business zone, as every time shown
        LocalDate businessToday = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String today = businessToday.toString();
        assertThat(jinpai("history", "--from", today, "--to", today).out()).contains("2025-01", "2025-02");
        assertThat(jinpai("history", "--to", businessToday.minusDays(1).toString()).out()).contains("no executions");
        assertThat(jinpai("history", "--from", today, "--to", "2020-01-01").code()).isEqualTo(2);
        assertThat(jinpai("history", "--from", "yesterday").code()).isEqualTo(2);
    }

    @Test
    void historyOfOneExecutionShowsStepsCountsTimesAndTheFailureCause() {
        control.failAt("2025-02", 57);
        jinpai("run", JOB, "--month", "2025-02");
        long id = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);

        Output detail = jinpai("history", String.valueOf(id));
        assertThat(detail.code()).as(detail.toString()).isZero();
        // the root cause is recorded ahead of the stack trace that the repository cuts at 2,500 characters
        assertThat(detail.out()).contains("failure: ops-test failed on purpose at item 57");
        assertThat(detail.out()).containsPattern("Execution " + id + ": ops-test 2025-02( as of [-\\d]+)?, FAILED")
                .contains("opsTestHoldStep", "opsTestCountStep")
                .containsPattern("started 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+08:00");
        // ten per commit, failing at 57: 50 written in the five commits before the failing chunk
        assertThat(detail.out()).containsPattern("opsTestCountStep\\s+FAILED\\s+\\d+\\s+50\\s");

        JsonNode json = json(jinpai("history", String.valueOf(id), "--output", "json"));
        assertThat(json.get("zone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(json.get("execution").get("id").asLong()).isEqualTo(id);
        assertThat(json.get("execution").get("status").asString()).isEqualTo("FAILED");
        assertThat(json.get("execution").get("started").asString()).endsWith("+08:00");
        assertThat(json.get("failure").asString()).isEqualTo("ops-test failed on purpose at item 57");
        JsonNode count = json.get("steps").get(2);
        assertThat(count.get("name").asString()).isEqualTo("opsTestCountStep");
        assertThat(count.get("written").asLong()).isEqualTo(50);
        assertThat(count.get("commits").asLong()).isEqualTo(5);

        Output unknown = jinpai("history", "999999");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no job execution 999999");
    }

    @Test
    void statusHistoryAndScheduleListSpeakJsonWithTimesInTheBusinessZone() {
        jinpai("run", JOB, "--month", "2025-01");
        JsonNode history = json(jinpai("history", "--output", "json"));
        assertThat(history.get("zone").asString()).isEqualTo("Asia/Shanghai");
        JsonNode execution = history.get("executions").get(0);
        assertThat(execution.get("job").asString()).isEqualTo(JOB);
        assertThat(execution.get("month").asString()).isEqualTo("2025-01");
        assertThat(execution.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(execution.get("ended").asString()).matches("20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*\\+08:00");
        assertThat(jinpai("history").out()).containsPattern("COMPLETED\\s+\\S+ \\S+ \\+08:00");

        JsonNode status = json(jinpai("status", "--output", "json"));
        assertThat(status.get("zone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(status.get("running").isEmpty()).isTrue();
        assertThat(status.get("closedMonths").isArray()).isTrue();
        assertThat(status.get("lastRuns").findValuesAsString("job")).contains(JOB, "nightly", "month-close");
        JsonNode opsTest = java.util.stream.StreamSupport.stream(status.get("lastRuns").spliterator(), false)
                .filter(run -> run.get("job").asString().equals(JOB)).findFirst().orElseThrow();
        assertThat(opsTest.get("execution").get("month").asString()).isEqualTo("2025-01");
        assertThat(status.get("schedules").findValuesAsString("name")).contains("ops-every-2s");

        JsonNode schedules = json(jinpai("schedule", "list", "--output", "json"));
        JsonNode every2s = java.util.stream.StreamSupport.stream(schedules.get("schedules").spliterator(), false)
                .filter(s -> s.get("name").asString().equals("ops-every-2s")).findFirst().orElseThrow();
        assertThat(every2s.get("cron").asString()).isEqualTo("0/2 * * * * ?");
        assertThat(every2s.get("state").asString()).isEqualTo("NOT_REGISTERED");
        assertThat(every2s.get("misfire").asString()).isEqualTo("fire-once");
        assertThat(jinpai("status", "--output", "xml").code()).isEqualTo(2);
    }

    private static JsonNode json(Output output) {
        assertThat(output.code()).as(output.toString()).isZero();
        return JsonMapper.builder().build().readTree(output.out());
    }

    @Test
    void scheduleListPauseResumeTrigger() throws Exception {
        Output unregistered = jinpai("schedule", "list");
        assertThat(unregistered.code()).isZero();
        assertThat(unregistered.out()).contains("ops-every-2s", "0/2 * * * * ?", "Asia/Shanghai", "2025-06",
                "fire-once", "NOT_REGISTERED").contains("ops-disabled", "DISABLED");
        assertThat(jinpai("schedule", "pause", "ops-every-2s").err())
                .contains("no schedule 'ops-every-2s' is registered; none is: start `jinpai scheduler` once");

        ScheduleRegistrar.register(scheduler, files.load());
        assertThat(jinpai("schedule", "list").out()).contains("NORMAL");
        Output pause = jinpai("schedule", "pause", "ops-every-2s");
        assertThat(pause.code()).isZero();
        assertThat(jinpai("schedule", "list").out()).contains("PAUSED");
        assertThat(jinpai("schedule", "resume", "ops-every-2s").code()).isZero();
        assertThat(jinpai("schedule", "list").out()).contains("NORMAL");
        assertThat(jinpai("schedule", "pause").code()).isZero();
        assertThat(jinpai("schedule", "list").out()).contains("PAUSED");
        assertThat(jinpai("schedule", "resume").code()).isZero();

        Output trigger = jinpai("schedule", "trigger", "ops-every-2s");
        assertThat(trigger.code()).isZero();
        assertThat(trigger.err()).contains("no scheduler process is running, so it fires when `jinpai scheduler` starts");
        Output unknown = jinpai("schedule", "trigger", "weekly");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no schedule 'weekly' is registered; registered schedules are [ops-every-2s]");
        assertThat(jinpai("schedule").code()).isEqualTo(2);

        Output status = jinpai("status");
        assertThat(status.out()).contains("Scheduler: no scheduler process is running")
                .contains("schedule ops-every-2s");
    }

    @Test
    void everyCommandHasHelpWithItsExitCodes() {
        // picocli reports a description it cannot format (a lone % sign) on System.err, not on the command's writer
        java.io.PrintStream systemErr = System.err;
        java.io.ByteArrayOutputStream tracer = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(tracer, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            everyCommandsHelp();
            for (String command : new String[] {"check", "report", "mail", "import-feedback", "generate", "worker"}) {
                assertThat(jinpai(command, "--help").code()).as(command).isZero();
            }
        }
        finally {
            System.setErr(systemErr);
        }
        assertThat(tracer.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(jinpai("--help").out()).contains("backfill", "schedule", "scheduler", "3   already running");
        assertThat(jinpai("frobnicate").code()).isEqualTo(2);
    }

    private void everyCommandsHelp() {
        for (String[] command : new String[][] {{"run"}, {"rerun"}, {"restart"}, {"stop"}, {"backfill"}, {"status"},
                {"history"}, {"scheduler"}, {"schedule", "list"}, {"schedule", "pause"}, {"schedule", "resume"},
                {"schedule", "trigger"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Output help = jinpai(args);
            assertThat(help.code()).as(String.join(" ", command)).isZero();
            assertThat(help.out()).as(String.join(" ", command)).contains("Usage: jinpai " + String.join(" ", command))
                    .contains("Exit codes:");
        }
    }

    @OnH2
    static class H2Tests extends CliIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends CliIntegrationTests {
    }
}
