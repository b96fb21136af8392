package com.jinpai.system.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import com.jinpai.system.Futures;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Rows inserted by several connections at once: the rows are cut into as many contiguous slices
 * as there are writers (the rows in key order, each slice a key range), and each slice goes in
 * through {@link BulkInsert} on a thread and connection of its own, in a transaction of its own at
 * READ COMMITTED ({@link LockRetry}). The database server then inserts on as many threads as there
 * are slices, while one LOAD DATA stream keeps one server thread busy.
 * <p>
 * The slices commit one by one: when one fails, the others may have committed. A caller needs a
 * marker of its own, written after every slice committed, that says the rows are complete.
 */
public final class SplitBulkInsert {

    private final JdbcTemplate jdbc;
    private final LockRetry transaction;
    private final int writers;

    /**
     * @param writers connections writing at once (1: one slice, still in a transaction of its own)
     * @param lockRetries how often a slice the database rolled back on a lock is written again
     */
    public SplitBulkInsert(DataSource dataSource, PlatformTransactionManager transactionManager, int writers,
            int lockRetries) {
        if (writers < 1) {
            throw new IllegalArgumentException("writers must be at least 1, was " + writers);
        }
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new LockRetry(transactionManager, lockRetries);
        this.writers = writers;
    }

    /**
     * Inserts rows {@code 0..rows-1} of {@code source}, which several threads read at once (each its
     * own rows); returns after every slice ended.
     *
     * @return the rows inserted
     * @throws RuntimeException the first slice's failure (the others' as suppressed), after every
     *         slice ended; the slices that did not fail are committed
     */
    public int insert(String table, List<String> columns, int rows, BulkInsert.RowValues source) {
        return write(table, rows, source,
                (connection, count, slice) -> BulkInsert.insert(connection, table, columns, count, slice));
    }

    /**
     * As {@link #insert}, but a row whose key ({@code key}) is already in the table replaces the
     * stored one ({@link BulkInsert#upsert}): a month's rows written again over the same keys
     * without deleting them first. Rows of the table that none of {@code source}'s rows replace
     * stay; a caller that replaces a whole set of rows deletes those itself.
     *
     * @return the rows written
     */
    public int upsert(String table, List<String> columns, List<String> key, int rows, BulkInsert.RowValues source) {
        return write(table, rows, source,
                (connection, count, slice) -> BulkInsert.upsert(connection, table, columns, key, count, slice));
    }

    /** What a slice's connection does with the slice's {@code count} rows. */
    @FunctionalInterface
    private interface SliceWrite {
        int write(Connection connection, int count, BulkInsert.RowValues slice) throws SQLException;
    }

    private int write(String table, int rows, BulkInsert.RowValues source, SliceWrite slice) {
        int[] bounds = slices(rows, writers);
        int slices = bounds.length - 1;
        if (slices == 0) {
            return 0;
        }
        AtomicInteger thread = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(slices, work -> {
            Thread t = new Thread(work, table + "-writer-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Integer>> written = new ArrayList<>(slices);
            for (int k = 0; k < slices; k++) {
                int from = bounds[k];
                int count = bounds[k + 1] - from;
                String what = table + " rows " + from + ".." + (from + count - 1);
                written.add(threads.submit(() -> transaction.run(what, () -> jdbc.execute(
                        (ConnectionCallback<Integer>) connection -> slice.write(connection, count,
                                (row, values) -> source.fill(from + row, values))))));
            }
            return Futures.all(written, "the write of " + table).stream().mapToInt(Integer::intValue).sum();
        }
        finally {
            threads.shutdown();
        }
    }

    /**
     * Where the slices of {@code rows} rows start, and after the last the end: at most
     * {@code writers} slices, none empty, their sizes at most one apart.
     */
    static int[] slices(int rows, int writers) {
        int slices = Math.min(rows, writers);
        if (slices == 0) {
            return new int[] {0};
        }
        int[] bounds = new int[slices + 1];
        for (int k = 0; k <= slices; k++) {
            bounds[k] = (int) ((long) rows * k / slices);
        }
        return bounds;
    }
}
