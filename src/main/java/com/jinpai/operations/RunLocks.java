package com.jinpai.operations;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code run_lock} table: at most one run per job and month, whichever process (command line
 * or scheduler, on any machine) starts it. The primary key makes the INSERT the single point of
 * decision, so two processes starting at the same instant cannot both win; a heartbeat thread
 * renews every lock this process holds, so a lock left by a killed process shows as stale and can
 * be taken over by a compare-and-set UPDATE.
 */
@Component
public class RunLocks implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunLocks.class);
    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final OperationsProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final String process = processName();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<Key, Lease> held = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat;

    public RunLocks(JdbcTemplate jdbc, OperationsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "jinpai-run-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long millis = properties.heartbeatInterval().toMillis();
        heartbeat.scheduleWithFixedDelay(this::renewAll, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lock for a job and month. A stale lock is taken over only when
     * {@code mayTakeOverStale} agrees (e.g. its execution is not left STARTED).
     */
    public Acquisition acquire(String job, YearMonth month, Predicate<RunLock> mayTakeOverStale) {
        Key key = new Key(job, month.toString());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String holder = process + "#" + sequence.incrementAndGet();
            long now = clock.millis();
            try {
                jdbc.update("INSERT INTO run_lock (job_name, bill_month, holder, execution_id, acquired_at, "
                        + "heartbeat_at) VALUES (?, ?, ?, NULL, ?, ?)", key.job, key.month, holder, now, now);
                return new Acquired(hold(key, holder));
            }
            catch (PessimisticLockingFailureException deadlock) {
                // InnoDB: two INSERTs of the same key racing on a just-deleted (delete-marked) row can
                // deadlock in the duplicate check; the victim tries again and then sees the winner's row.
                log.debug("run lock of {} {}: {}; trying again", job, month, deadlock.getMessage());
            }
            catch (DuplicateKeyException taken) {
                RunLock current = find(job, month);
                if (current == null) {
                    continue;  // released between our INSERT and SELECT: try again
                }
                if (!current.isStale(clock.instant(), properties.staleAfter()) || !mayTakeOverStale.test(current)) {
                    return new Refused(current, current.isStale(clock.instant(), properties.staleAfter()));
                }
                int won = jdbc.update("UPDATE run_lock SET holder = ?, execution_id = NULL, acquired_at = ?, "
                        + "heartbeat_at = ? WHERE job_name = ? AND bill_month = ? AND holder = ? AND heartbeat_at = ?",
                        holder, now, now, key.job, key.month, current.holder(), current.heartbeatAt().toEpochMilli());
                if (won == 1) {
                    log.warn("took over the stale run lock of {} {} from {} (silent for {} s, execution {})", job,
                            month, current.holder(), current.silentFor(clock.instant()).toSeconds(),
                            current.executionId());
                    return new Acquired(hold(key, holder));
                }
            }
        }
        RunLock current = find(job, month);
        if (current == null) {
            throw new IllegalStateException("the run lock of " + job + " " + month + " changed hands " + ATTEMPTS
                    + " times while it was being taken; try again");
        }
        return new Refused(current, isStale(current));
    }

    /** Records which execution runs under the lock this process holds for the job and month. */
    public void attach(String job, String month, long executionId) {
        Lease lease = held.get(new Key(job, month));
        if (lease != null) {
            lease.executionId = executionId;
            jdbc.update("UPDATE run_lock SET execution_id = ? WHERE job_name = ? AND bill_month = ? AND holder = ?",
                    executionId, job, month, lease.holder);
        }
    }

    public @Nullable RunLock find(String job, YearMonth month) {
        List<RunLock> rows = jdbc.query(SELECT + " WHERE job_name = ? AND bill_month = ?", RunLocks::map, job,
                month.toString());
        return rows.isEmpty() ? null : rows.get(0);
    }

    public List<RunLock> all() {
        return jdbc.query(SELECT + " ORDER BY job_name, bill_month", RunLocks::map);
    }

    /** Executions running under locks held by this process (the ones a shutdown must stop). */
    public List<Long> heldExecutionIds() {
        return held.values().stream().map(l -> l.executionId).filter(id -> id != null).toList();
    }

    public boolean holdsAny() {
        return !held.isEmpty();
    }

    public boolean isStale(RunLock lock) {
        return lock.isStale(clock.instant(), properties.staleAfter());
    }

    public Instant now() {
        return clock.instant();
    }

    private Lease hold(Key key, String holder) {
        Lease lease = new Lease(key, holder);
        held.put(key, lease);
        return lease;
    }

    private void renewAll() {
        for (Lease lease : held.values()) {
            try {
                int renewed = jdbc.update("UPDATE run_lock SET heartbeat_at = ? WHERE job_name = ? AND bill_month = ? "
                        + "AND holder = ?", clock.millis(), lease.key.job, lease.key.month, lease.holder);
                if (renewed == 0 && held.get(lease.key) == lease) {
                    log.error("the run lock of {} {} (execution {}) was taken over by another process, which "
                            + "thought this one dead; stop this run (`jinpai stop {}`) and check `jinpai status`",
                            lease.key.job, lease.key.month, lease.executionId, lease.executionId);
                }
            }
            catch (DataAccessException ex) {
                log.warn("cannot renew the run lock of {} {}: {}", lease.key.job, lease.key.month, ex.getMessage());
            }
        }
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
    }

    private static final String SELECT = "SELECT job_name, bill_month, holder, execution_id, acquired_at, heartbeat_at "
            + "FROM run_lock";

    private static RunLock map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long execution = rs.getLong(4);
        Long executionId = rs.wasNull() ? null : execution;
        return new RunLock(rs.getString(1), rs.getString(2), rs.getString(3), executionId,
                Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6)));
    }

    private static String processName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException ex) {
            host = "unknown-host";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    private record Key(String job, String month) {
    }

    /** The outcome of {@link #acquire}. */
    public sealed interface Acquisition permits Acquired, Refused {
    }

    /** This process holds the lock until the lease is closed. */
    public record Acquired(Lease lease) implements Acquisition {
    }

    /** Someone else holds it; {@code stale} when that holder stopped renewing it. */
    public record Refused(RunLock holder, boolean stale) implements Acquisition {
    }

    /** A held lock; closing it deletes the row (only if it is still ours). */
    public final class Lease implements AutoCloseable {

        private final Key key;
        private final String holder;
        private volatile @Nullable Long executionId;

        private Lease(Key key, String holder) {
            this.key = key;
            this.holder = holder;
        }

        public String holder() {
            return holder;
        }

        @Override
        public void close() {
            held.remove(key, this);
            jdbc.update("DELETE FROM run_lock WHERE job_name = ? AND bill_month = ? AND holder = ?", key.job, key.month,
                    holder);
        }
    }
}
