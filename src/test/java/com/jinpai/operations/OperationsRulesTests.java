package com.jinpai.operations;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

import com.jinpai.operations.RunResult.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules of operations, without Spring. */
class OperationsRulesTests {

    @Test
    void aLockIsStaleOnlyAfterItsHeartbeatHasBeenSilentLongEnough() {
        Instant beat = Instant.parse("2026-01-05T02:30:00Z");
        RunLock lock = new RunLock("nightly", "2026-01", "host:1#1", 7L, beat, beat);
        assertThat(lock.isStale(beat.plusSeconds(60), Duration.ofSeconds(60))).isFalse();
        assertThat(lock.isStale(beat.plusSeconds(61), Duration.ofSeconds(60))).isTrue();
        assertThat(lock.silentFor(beat.plusSeconds(61))).hasSeconds(61);
    }

    @Test
    void staleAfterMustCoverSeveralHeartbeats() {
        assertThat(properties(Duration.ofSeconds(10), Duration.ofSeconds(30)).isStaleAfterLongEnough()).isTrue();
        assertThat(properties(Duration.ofSeconds(10), Duration.ofSeconds(20)).isStaleAfterLongEnough()).isFalse();
    }

    @Test
    void aBackfillStoppedByAFailureResumesWithRestartThenTheRestOfTheRange() {
        Backfill.Result result = stoppedAt(YearMonth.of(2025, 2), new RunResult(Outcome.FAILED, execution(17), "boom"));
        assertThat(result.howToResume()).containsExactly("jinpai restart 17",
                "jinpai backfill nightly --from 2025-03 --to 2025-04");
    }

    @Test
    void aBackfillStoppedOnItsLastMonthNeedsOnlyTheRestart() {
        Backfill.Result result = stoppedAt(YearMonth.of(2025, 4), new RunResult(Outcome.FAILED, execution(18), "boom"));
        assertThat(result.howToResume()).containsExactly("jinpai restart 18");
    }

    @Test
    void aBackfillStoppedByARunningMonthRepeatsFromThatMonth() {
        Backfill.Result result = stoppedAt(YearMonth.of(2025, 3),
                new RunResult(Outcome.ALREADY_RUNNING, execution(19), "running"));
        assertThat(result.howToResume()).containsExactly("jinpai backfill nightly --from 2025-03 --to 2025-04");
    }

    @Test
    void progressLinesGiveStepCountsAndRate() {
        ProgressSnapshot snapshot = new ProgressSnapshot("nightly 2026-01 as of 2026-01-05", 12, "ingestBillLinesStep",
                120_000, 119_800, Duration.ofSeconds(15), 2);
        assertThat(snapshot.rowsPerSecond()).isEqualTo(8_000);
        assertThat(snapshot.logLine()).isEqualTo("nightly 2026-01 as of 2026-01-05 — execution 12 — step "
                + "ingestBillLinesStep: read 120,000, written 119,800 (8,000 rows/s), running 15.0 s; 2 step(s) done");
    }

    @Test
    void theTerminalDisplayShowsTheStepAndItsRows() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        TerminalProgressSink sink = new TerminalProgressSink(new java.io.PrintStream(bytes, true));
        sink.show(new ProgressSnapshot("nightly 2026-01", 12, "ingestBillLinesStep", 5_000, 4_990,
                Duration.ofSeconds(2), 0));
        sink.close();
        assertThat(bytes.toString()).contains("ingestBillLinesStep").contains("5000").contains("written 4,990");
    }

    private static Backfill.Result stoppedAt(YearMonth month, RunResult result) {
        Backfill.MonthResult stopped = new Backfill.MonthResult(month, result);
        return new Backfill.Result("nightly", YearMonth.of(2025, 1), YearMonth.of(2025, 4), null, null, List.of(stopped),
                stopped);
    }

    private static JobExecution execution(long id) {
        return new JobExecution(id, new JobInstance(1L, "nightly"), new JobParameters());
    }

    private static OperationsProperties properties(Duration heartbeat, Duration staleAfter) {
        return new OperationsProperties(java.nio.file.Path.of("jobs"), heartbeat, staleAfter, Duration.ofSeconds(30),
                Duration.ofMinutes(2));
    }
}
