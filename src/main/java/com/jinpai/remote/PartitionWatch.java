package com.jinpai.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;

/**
 * Decides, from what the job repository and {@code value_worker} show at each look, which
 * running partitions of a manager can no longer finish: Spring Batch's repository polling alone
 * would wait for ever on a partition whose worker was killed, or that no worker ever takes.
 * <ul>
 * <li>a partition held by a worker whose row stopped changing for {@code staleAfter}: that worker
 * died, the partition failed;</li>
 * <li>a partition started but held by no worker for {@code staleAfter}: the same;</li>
 * <li>a partition not yet taken while no worker has been alive for {@code answerTimeout}: nobody
 * will take it.</li>
 * </ul>
 * Liveness is judged by change seen here, on this process's monotonic clock, so the workers'
 * and the manager's wall clocks need not agree. A plain class: the caller passes the time.
 */
final class PartitionWatch {

    /** A partition step execution still STARTING (sent, not taken) or STARTED. */
    record Running(long id, String name, BatchStatus status) {
    }

    /** A partition to fail, and why. */
    record Verdict(long id, String name, String reason, WorkerRegistry.Worker deadWorker) {
    }

    private final Duration staleAfter;
    private final Duration answerTimeout;
    private final String broker;
    private final Map<String, Long> seenAt = new HashMap<>();
    private final Map<String, Long> changedAt = new HashMap<>();
    private final Map<Long, Long> unheldSince = new HashMap<>();
    private long lastAlive;

    PartitionWatch(Duration staleAfter, Duration answerTimeout, String broker, long startNanos) {
        this.staleAfter = staleAfter;
        this.answerTimeout = answerTimeout;
        this.broker = broker;
        this.lastAlive = startNanos;
    }

    List<Verdict> look(long nowNanos, List<WorkerRegistry.Worker> workers, List<Running> running) {
        boolean anyAlive = false;
        for (WorkerRegistry.Worker worker : workers) {
            Long before = seenAt.put(worker.id(), worker.seenAt());
            if (before == null || before != worker.seenAt()) {
                changedAt.put(worker.id(), nowNanos);
            }
            anyAlive |= alive(worker, nowNanos);
        }
        if (anyAlive) {
            lastAlive = nowNanos;
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Running partition : running) {
            WorkerRegistry.Worker holder = workers.stream()
                    .filter(w -> w.stepExecutionId() != null && w.stepExecutionId() == partition.id()).findFirst()
                    .orElse(null);
            if (holder != null) {
                unheldSince.remove(partition.id());
                if (!alive(holder, nowNanos)) {
                    verdicts.add(new Verdict(partition.id(), partition.name(), "worker " + holder.host() + " pid "
                            + holder.pid() + " stopped answering during partition " + partition.name()
                            + " (no heartbeat for " + seconds(staleAfter) + ")", holder));
                }
            }
            else if (partition.status() == BatchStatus.STARTED) {
                long since = unheldSince.computeIfAbsent(partition.id(), id -> nowNanos);
                if (nowNanos - since > staleAfter.toNanos()) {
                    verdicts.add(new Verdict(partition.id(), partition.name(), "partition " + partition.name()
                            + " was started but no live worker holds it", null));
                }
            }
            else if (!anyAlive && nowNanos - lastAlive > answerTimeout.toNanos()) {
                verdicts.add(new Verdict(partition.id(), partition.name(), "no worker took partition "
                        + partition.name() + " within " + seconds(answerTimeout)
                        + " (jinpai.remote.answer-timeout): start `jinpai worker` processes connected to the broker at "
                        + broker, null));
            }
        }
        return verdicts;
    }

    private boolean alive(WorkerRegistry.Worker worker, long nowNanos) {
        Long changed = changedAt.get(worker.id());
        return changed != null && nowNanos - changed <= staleAfter.toNanos();
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
