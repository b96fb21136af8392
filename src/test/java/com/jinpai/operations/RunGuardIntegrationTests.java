package com.jinpai.operations;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.jinpai.operations.RunResult.Outcome;
import com.jinpai.run.JobNames;
import com.jinpai.run.RunParameters;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The run lock keeps two runs of one job and month apart, and a run left by a dead process is
 * resumed by restart without double counting.
 */
abstract class RunGuardIntegrationTests {

    static final YearMonth MONTH = YearMonth.of(2025, 3);

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRunner runner;

    @Autowired
    OpsTestControl control;

    @Autowired
    JobRepository jobRepository;

    JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        control.reset();
        new TestDatabase(dataSource).reset();
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void releaseHeldRuns() {
        control.reset();
    }

    @Test
    void twoStartsAtTheSameInstantRunOnce() throws Exception {
        control.hold();
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<CompletableFuture<RunResult>> starts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            starts.add(CompletableFuture.supplyAsync(() -> {
                arrive(barrier);
                return runner.run(RunRequest.of(OpsTestJobConfiguration.JOB, MONTH));
            }));
        }
        // The loser returns at once while the winner is held in its first step.
        RunResult loser = CompletableFuture.anyOf(starts.toArray(CompletableFuture[]::new))
                .thenApply(RunResult.class::cast).get(20, TimeUnit.SECONDS);
        assertThat(loser.outcome()).isEqualTo(Outcome.ALREADY_RUNNING);
        assertThat(loser.message()).startsWith("ops-test 2025-03 is already");
        control.release();
        List<Outcome> outcomes = new ArrayList<>();
        for (CompletableFuture<RunResult> start : starts) {
            outcomes.add(start.get(30, TimeUnit.SECONDS).outcome());
        }
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.COMPLETED, Outcome.ALREADY_RUNNING);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ops_test_row", Integer.class))
                .isEqualTo(OpsTestJobConfiguration.ITEMS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Integer.class)).isZero();
    }

    @Test
    void aSecondRunNamesTheRunningExecutionAndItsHeartbeatKeepsTheLock() throws Exception {
        control.hold();
        CompletableFuture<RunResult> first = CompletableFuture.supplyAsync(
                () -> runner.run(RunRequest.of(OpsTestJobConfiguration.JOB, MONTH)));
        Long executionId = awaitLockedExecution();
        long firstBeat = jdbc.queryForObject("SELECT heartbeat_at FROM run_lock", Long.class);
        await().atMost(Duration.ofSeconds(5)).until(
                () -> jdbc.queryForObject("SELECT heartbeat_at FROM run_lock", Long.class) > firstBeat);

        RunResult second = runner.run(RunRequest.of(OpsTestJobConfiguration.JOB, MONTH));
        assertThat(second.outcome()).isEqualTo(Outcome.ALREADY_RUNNING);
        assertThat(second.message()).contains("is already running as execution " + executionId)
                .contains("`jinpai stop " + executionId + "`");
        // A restart of the running execution is refused too: recovering it would run the month twice.
        RunResult restart = runner.restart(executionId);
        assertThat(restart.outcome()).isEqualTo(Outcome.ALREADY_RUNNING);
        // Another month is not blocked.
        control.release();
        assertThat(first.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(runner.run(RunRequest.of(OpsTestJobConfiguration.JOB, MONTH.plusMonths(1))).outcome())
                .isEqualTo(Outcome.COMPLETED);
    }

    @Test
    void aRunKilledMidStepIsRecoveredByRestartWithoutDoubleCounting() {
        // What a kill -9 leaves: an execution STARTED in the repository, with a committed part of its
        // chunk step, and a run lock nobody renews.
        control.failAt(MONTH.toString(), 57);
        RunResult failed = runner.run(RunRequest.of(OpsTestJobConfiguration.JOB, MONTH));
        long id = failed.execution().getId();
        control.clearFailure();
        JobExecution killed = jobRepository.getJobExecution(id);
        killed.setStatus(BatchStatus.STARTED);
        killed.setEndTime(null);
        jobRepository.update(killed);
        killed.getStepExecutions().stream().filter(step -> step.getStepName().equals("opsTestCountStep")).forEach(step -> {
            step.setStatus(BatchStatus.STARTED);
            step.setEndTime(null);
            jobRepository.update(step);
        });
        long longAgo = Instant.now().minus(Duration.ofMinutes(10)).toEpochMilli();
        jdbc.update("INSERT INTO run_lock VALUES (?, ?, 'dead-host:4242#1', ?, ?, ?)", OpsTestJobConfiguration.JOB,
                MONTH.toString(), id, longAgo, longAgo);

        RunResult run = runner.run(RunRequest.of(OpsTestJobConfiguration.JOB, MONTH));
        assertThat(run.outcome()).isEqualTo(Outcome.ALREADY_RUNNING);
        assertThat(run.message()).contains("is locked by execution " + id + " of dead-host:4242#1")
                .contains("its process probably died").contains("`jinpai restart " + id + "`");

        RunResult restarted = runner.restart(id);
        assertThat(restarted.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(jdbc.queryForList("SELECT item FROM ops_test_row ORDER BY item", Integer.class))
                .hasSize(OpsTestJobConfiguration.ITEMS).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Integer.class)).isZero();
    }

    @Test
    void aStaleLockWithNothingLeftRunningIsTakenOverByTheNextRun() {
        long longAgo = Instant.now().minus(Duration.ofMinutes(10)).toEpochMilli();
        jdbc.update("INSERT INTO run_lock VALUES (?, ?, 'dead-host:4242#1', NULL, ?, ?)", OpsTestJobConfiguration.JOB,
                MONTH.toString(), longAgo, longAgo);
        assertThat(runner.run(RunRequest.of(OpsTestJobConfiguration.JOB, MONTH)).outcome())
                .isEqualTo(Outcome.COMPLETED);
    }

    @Test
    void aRunFailedOnPurposeMidStepRestartsToTheSameRowsAsAnUninterruptedRun() {
        YearMonth uninterrupted = MONTH.minusMonths(1);
        assertThat(runner.run(RunRequest.of(OpsTestJobConfiguration.JOB, uninterrupted)).outcome())
                .isEqualTo(Outcome.COMPLETED);

        control.failAt(MONTH.toString(), 57);
        RunResult failed = runner.run(RunRequest.of(OpsTestJobConfiguration.JOB, MONTH));
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.message()).contains("failed on purpose at item 57")
                .contains("`jinpai restart " + failed.execution().getId() + "`");
        // Five chunks of ten committed before the failing chunk rolled back.
        assertThat(items(MONTH)).hasSize(50);

        control.clearFailure();
        RunResult restarted = runner.restart(failed.execution().getId());
        assertThat(restarted.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(restarted.execution().getJobInstance().getInstanceId())
                .isEqualTo(failed.execution().getJobInstance().getInstanceId());
        assertThat(restarted.execution().getStepExecutions()).filteredOn(s -> s.getStepName().equals("opsTestCountStep"))
                .singleElement().satisfies(step -> assertThat(step.getWriteCount()).isEqualTo(50));
        assertThat(items(MONTH)).isEqualTo(items(uninterrupted));
    }

    @Test
    void aRunWithoutALockButLeftStartedIsStillNamed() {
        // An execution STARTED by something that took no lock (an older version, a test utility).
        JobParameters parameters = new JobParametersBuilder().addString(RunParameters.MONTH, MONTH.toString())
                .toJobParameters();
        JobInstance instance = jobRepository.createJobInstance(OpsTestJobConfiguration.JOB, parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        jobRepository.update(execution);

        RunResult run = runner.run(RunRequest.of(OpsTestJobConfiguration.JOB, MONTH));
        assertThat(run.outcome()).isEqualTo(Outcome.ALREADY_RUNNING);
        assertThat(run.message()).contains("already running as execution " + execution.getId());
    }

    private List<Integer> items(YearMonth month) {
        return jdbc.queryForList("SELECT item FROM ops_test_row WHERE bill_month = ? ORDER BY item", Integer.class,
                month.toString());
    }

    Long awaitLockedExecution() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM run_lock WHERE execution_id IS NOT NULL", Integer.class) == 1);
        return jdbc.queryForObject("SELECT execution_id FROM run_lock", Long.class);
    }

    private static void arrive(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    @OnH2
    static class H2Tests extends RunGuardIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends RunGuardIntegrationTests {
    }
}
