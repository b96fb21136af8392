package com.jinpai.remote;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What {@code status} shows of remote mode: the worker processes (alive while their row is
 * younger than {@code stale-after} on this clock) and the partitions sent or running.
 */
@Component
public class RemoteStatus {

    private final JdbcTemplate jdbc;
    private final WorkerRegistry registry;
    private final RemoteProperties properties;

    RemoteStatus(JdbcTemplate jdbc, WorkerRegistry registry, RemoteProperties properties) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.properties = properties;
    }

    public record Worker(String id, String host, long pid, long renewedSecondsAgo, boolean alive,
            @Nullable String partition) {
    }

    /** A partition step execution still STARTING (waiting for a worker) or STARTED, and who holds it. */
    public record Partition(long jobExecutionId, long stepExecutionId, String name, String status,
            @Nullable String worker) {
    }

    public boolean enabled() {
        return properties.enabled();
    }

    public List<Worker> workers() {
        long now = System.currentTimeMillis();
        return registry.all().stream().map(w -> new Worker(w.id(), w.host(), w.pid(), (now - w.seenAt()) / 1000,
                now - w.seenAt() <= properties.staleAfter().toMillis(), w.partition())).toList();
    }

    public List<Partition> partitionsInFlight() {
        List<WorkerRegistry.Worker> workers = registry.all();
        return jdbc.query("SELECT JOB_EXECUTION_ID, STEP_EXECUTION_ID, STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION"
                + " WHERE " + PartitionSteps.condition() + " AND STATUS IN ('STARTING', 'STARTED') ORDER BY STEP_EXECUTION_ID",
                (rs, row) -> {
                    long id = rs.getLong(2);
                    String holder = workers.stream()
                            .filter(w -> w.stepExecutionId() != null && w.stepExecutionId() == id)
                            .map(w -> w.host() + " pid " + w.pid()).findFirst().orElse(null);
                    return new Partition(rs.getLong(1), id, rs.getString(3), rs.getString(4), holder);
                }, PartitionSteps.patterns());
    }
}
