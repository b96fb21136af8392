package com.jinpai.remote;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code value_worker} table: one row per {@code jinpai worker} process, renewed while it
 * lives, naming the partition it runs. Times are the worker's epoch milliseconds; readers judge
 * liveness by whether a row keeps changing, or (for display) by its age on their own clock.
 */
@Component
public class WorkerRegistry {

    private final JdbcTemplate jdbc;

    WorkerRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A worker as its row says. */
    public record Worker(String id, String host, long pid, long startedAt, long seenAt,
            @Nullable Long stepExecutionId, @Nullable String partition) {
    }

    String register() {
        String host = hostName();
        long pid = ProcessHandle.current().pid();
        long now = System.currentTimeMillis();
        String id = host + ":" + pid + ":" + now;
        jdbc.update("INSERT INTO value_worker (worker_id, host, pid, started_at, seen_at) VALUES (?, ?, ?, ?, ?)", id,
                host, pid, now, now);
        return id;
    }

    /** Renews the row; false when it is gone (a manager judged this worker dead). */
    boolean renew(String id) {
        return jdbc.update("UPDATE value_worker SET seen_at = ? WHERE worker_id = ?", System.currentTimeMillis(), id)
                == 1;
    }

    void claim(String id, long stepExecutionId, String partition) {
        jdbc.update("UPDATE value_worker SET step_execution_id = ?, partition_name = ?, seen_at = ? WHERE worker_id = ?",
                stepExecutionId, partition, System.currentTimeMillis(), id);
    }

    void release(String id) {
        jdbc.update("UPDATE value_worker SET step_execution_id = NULL, partition_name = NULL, seen_at = ?"
                + " WHERE worker_id = ?", System.currentTimeMillis(), id);
    }

    void remove(String id) {
        jdbc.update("DELETE FROM value_worker WHERE worker_id = ?", id);
    }

    public List<Worker> all() {
        return jdbc.query("SELECT worker_id, host, pid, started_at, seen_at, step_execution_id, partition_name"
                + " FROM value_worker ORDER BY worker_id", (rs, row) -> {
                    long step = rs.getLong(6);
                    Long stepExecutionId = rs.wasNull() ? null : step;
                    return new Worker(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            stepExecutionId, rs.getString(7));
                });
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException ex) {
            return "unknown-host";
        }
    }
}
