package com.jinpai.remote;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Which running partitions the manager gives up on, look by look, on a clock the test moves. */
class PartitionWatchTests {

    private static final long SECOND = 1_000_000_000L;

    private final PartitionWatch watch = new PartitionWatch(Duration.ofSeconds(5), Duration.ofSeconds(30),
            "127.0.0.1:5672", 0);

    @Test
    void aPartitionWhoseWorkerStopsRenewingFailsAfterStaleAfterNamingTheWorker() {
        PartitionWatch.Running p2 = new PartitionWatch.Running(12, "valueMonthPartitionStep:2026-09-p2",
                BatchStatus.STARTED);

        assertThat(watch.look(1 * SECOND, List.of(worker("w1", 100, 12L)), List.of(p2))).isEmpty();
        assertThat(watch.look(4 * SECOND, List.of(worker("w1", 200, 12L)), List.of(p2))).as("renewed").isEmpty();
        assertThat(watch.look(9 * SECOND, List.of(worker("w1", 200, 12L)), List.of(p2))).as("5 s silent").isEmpty();

        List<PartitionWatch.Verdict> verdicts = watch.look(10 * SECOND, List.of(worker("w1", 200, 12L)), List.of(p2));

        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(12);
            assertThat(v.reason()).isEqualTo("worker host-w1 pid 7 stopped answering during partition "
                    + "valueMonthPartitionStep:2026-09-p2 (no heartbeat for 5 s)");
            assertThat(v.deadWorker().id()).isEqualTo("w1");
        });
    }

    @Test
    void partitionsWaitingForBusyWorkersAreNotGivenUp() {
        PartitionWatch.Running waiting = new PartitionWatch.Running(13, "valueMonthPartitionStep:2026-09-p3",
                BatchStatus.STARTING);
        for (int s = 1; s < 120; s++) {
            assertThat(watch.look(s * SECOND, List.of(worker("w1", s, 12L)), List.of(waiting))).isEmpty();
        }
    }

    @Test
    void withNoWorkerAliveAWaitingPartitionFailsAfterTheAnswerTimeout() {
        PartitionWatch.Running waiting = new PartitionWatch.Running(13, "valueMonthPartitionStep:2026-09-p3",
                BatchStatus.STARTING);

        assertThat(watch.look(30 * SECOND, List.of(), List.of(waiting))).isEmpty();

        assertThat(watch.look(31 * SECOND, List.of(), List.of(waiting))).singleElement()
                .extracting(PartitionWatch.Verdict::reason).isEqualTo("no worker took partition "
                        + "valueMonthPartitionStep:2026-09-p3 within 30 s (jinpai.remote.answer-timeout): start "
                        + "`jinpai worker` processes connected to the broker at 127.0.0.1:5672");
    }

    @Test
    void aStartedPartitionThatNoWorkerHoldsFailsAfterStaleAfter() {
        PartitionWatch.Running orphan = new PartitionWatch.Running(14, "valueMonthPartitionStep:2026-09-p4",
                BatchStatus.STARTED);

        assertThat(watch.look(1 * SECOND, List.of(worker("w1", 1, null)), List.of(orphan))).isEmpty();
        assertThat(watch.look(6 * SECOND, List.of(worker("w1", 6, null)), List.of(orphan))).isEmpty();

        assertThat(watch.look(7 * SECOND, List.of(worker("w1", 7, null)), List.of(orphan))).singleElement()
                .extracting(PartitionWatch.Verdict::reason)
                .isEqualTo("partition valueMonthPartitionStep:2026-09-p4 was started but no live worker holds it");
    }

    private static WorkerRegistry.Worker worker(String id, long seenAt, Long stepExecutionId) {
        return new WorkerRegistry.Worker(id, "host-" + id, 7, 0, seenAt, stepExecutionId,
                stepExecutionId == null ? null : "p");
    }
}
