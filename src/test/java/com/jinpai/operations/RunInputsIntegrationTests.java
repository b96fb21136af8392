package com.jinpai.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.jinpai.operations.RunResult.Outcome;
import com.jinpai.run.RunParameters;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox and the as-of date belong to a run: stored with the execution, read again by restart and
 * rerun, changed only when the admin says so, and checked before anything is created.
 */
abstract class RunInputsIntegrationTests {

    static final YearMonth MONTH = YearMonth.of(2025, 3);
    static final LocalDate NIGHT = LocalDate.of(2025, 3, 10);

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRunner runner;

    @Autowired
    Backfill backfill;

    @Autowired
    OpsTestControl control;

    @Autowired
    JobRepository jobRepository;

    @TempDir
    Path folders;

    JdbcTemplate jdbc;
    Path inbox;
    Path other;

    @BeforeEach
    void reset() throws Exception {
        control.reset();
        new TestDatabase(dataSource).reset();
        jdbc = new JdbcTemplate(dataSource);
        inbox = Files.createDirectories(folders.resolve("inbox"));
        other = Files.createDirectories(folders.resolve("other"));
    }

    @AfterEach
    void release() {
        control.reset();
    }

    @Test
    void aRunKeepsItsInboxAndAsOfAndARestartReadsThemAgain() {
        control.failAt(MONTH.toString(), 57);
        RunResult failed = runner.run(new RunRequest(OpsTestJobConfiguration.JOB, MONTH, NIGHT, inbox));
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(parameters(failed.execution()).inbox()).isEqualTo(inbox.toAbsolutePath().normalize());
        assertThat(parameters(failed.execution()).asOf()).isEqualTo(NIGHT);

        control.clearFailure();
        RunResult restarted = runner.restart(failed.execution().getId());

        assertThat(restarted.outcome()).as(restarted.message()).isEqualTo(Outcome.COMPLETED);
        assertThat(parameters(restarted.execution()).inbox()).isEqualTo(inbox.toAbsolutePath().normalize());
        assertThat(parameters(restarted.execution()).asOf()).isEqualTo(NIGHT);
    }

    @Test
    void aRerunReadsTheOriginalInboxAndAsOfUnlessToldOtherwiseAndSaysWhatChanged() {
        assertThat(runner.run(new RunRequest(OpsTestJobConfiguration.JOB, MONTH, NIGHT, inbox)).outcome())
                .isEqualTo(Outcome.COMPLETED);

        RunResult same = runner.rerun(RunRequest.of(OpsTestJobConfiguration.JOB, MONTH));
        assertThat(same.outcome()).as(same.message()).isEqualTo(Outcome.COMPLETED);
        assertThat(parameters(same.execution()).inbox()).isEqualTo(inbox.toAbsolutePath().normalize());
        assertThat(parameters(same.execution()).asOf()).isEqualTo(NIGHT);
        assertThat(parameters(same.execution()).rerun()).isEqualTo(1);
        assertThat(same.notices()).isEmpty();

        RunResult moved = runner.rerun(new RunRequest(OpsTestJobConfiguration.JOB, MONTH, null, other));
        assertThat(moved.outcome()).as(moved.message()).isEqualTo(Outcome.COMPLETED);
        assertThat(parameters(moved.execution()).inbox()).isEqualTo(other.toAbsolutePath().normalize());
        assertThat(parameters(moved.execution()).rerun()).isEqualTo(2);
        assertThat(moved.notices()).singleElement().asString()
                .contains("reads inbox " + other.toAbsolutePath().normalize() + " (--inbox)")
                .contains("instead of the original run's " + inbox.toAbsolutePath().normalize());

        RunResult followsTheLatest = runner.rerun(RunRequest.of(OpsTestJobConfiguration.JOB, MONTH));
        assertThat(parameters(followsTheLatest.execution()).inbox()).isEqualTo(other.toAbsolutePath().normalize());
    }

    @Test
    void aRunWhoseInboxDoesNotExistIsRefusedBeforeAnExecutionIsCreated() {
        Path missing = folders.resolve("no-such-inbox");

        RunResult run = runner.run(new RunRequest(OpsTestJobConfiguration.JOB, MONTH, null, missing));

        assertThat(run.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(run.execution()).isNull();
        assertThat(run.message()).contains("inbox " + missing.toAbsolutePath().normalize() + " (--inbox) does not exist");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Integer.class)).isZero();
    }

    @Test
    void aRestartWhoseInboxWasRemovedIsRefusedSayingSo() throws Exception {
        Path gone = Files.createDirectories(folders.resolve("gone"));
        control.failAt(MONTH.toString(), 57);
        RunResult failed = runner.run(new RunRequest(OpsTestJobConfiguration.JOB, MONTH, null, gone));
        control.clearFailure();
        Files.delete(gone);

        RunResult restart = runner.restart(failed.execution().getId());

        assertThat(restart.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(restart.message()).contains("execution " + failed.execution().getId() + " cannot be restarted")
                .contains("inbox " + gone.toAbsolutePath().normalize()).contains("does not exist");
    }

    @Test
    void aRerunOfAMonthThatNeverCompletedSaysWhatToRunInstead() {
        RunResult rerun = runner.rerun(RunRequest.of(OpsTestJobConfiguration.JOB, MONTH));

        assertThat(rerun.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(rerun.message()).contains("no completed ops-test 2025-03 to re-run")
                .contains("`jinpai run ops-test --month 2025-03`");
    }

    @Test
    void anAsOfOutsideTheRunsRangeIsRefused() {
        RunResult before = runner.run(new RunRequest(OpsTestJobConfiguration.JOB, MONTH, LocalDate.of(2025, 2, 28),
                inbox));
        RunResult future = runner.run(new RunRequest(OpsTestJobConfiguration.JOB, MONTH,
                LocalDate.now().plusYears(1), inbox));

        assertThat(before.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(before.message()).contains("--as-of 2025-02-28 is before month 2025-03");
        assertThat(future.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(future.message()).contains("is in the future");
    }

    @Test
    void aBackfillRunsEveryMonthOnTheInboxAndAsOfItIsGiven() {
        LocalDate published = LocalDate.of(2025, 4, 2);

        Backfill.Result result = backfill.run(OpsTestJobConfiguration.JOB, YearMonth.of(2025, 1), MONTH, published,
                inbox, month -> { });

        assertThat(result.stoppedAt()).isNull();
        assertThat(result.months()).hasSize(3).allSatisfy(month -> {
            assertThat(parameters(month.result().execution()).inbox()).isEqualTo(inbox.toAbsolutePath().normalize());
            assertThat(parameters(month.result().execution()).asOf()).isEqualTo(published);
        });
    }

    private static RunParameters parameters(JobExecution execution) {
        return RunParameters.from(execution);
    }

    @OnH2
    static class H2Tests extends RunInputsIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends RunInputsIntegrationTests {
    }
}
