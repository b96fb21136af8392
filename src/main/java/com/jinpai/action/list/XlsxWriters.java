package com.jinpai.action.list;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * Writes the lists' XLSX workbooks on worker threads while the caller goes on reading the next list
 * and writing its CSV: a workbook (building the sheet XML, then the one compression) costs several
 * times its CSV, and nothing of it needs the database. A workbook's bytes depend only on its tables
 * and as-of date, so which thread writes it, and when, changes nothing in the files.
 *
 * <p>Workbooks wait in turn for a worker, each holding its tables until written: at most the run's
 * lists, which the step reads anyway (the unassigned list is held whole to be sorted). The queue is
 * not bounded on purpose: a bound would have the caller write the workbook that overflows it, and
 * that is the large unassigned list coming last, written then beside nothing. With no workers every
 * workbook is written by the caller, at once. {@link #finish} waits for all and fails with the first
 * failure.
 */
final class XlsxWriters implements AutoCloseable {

    private final @Nullable ThreadPoolExecutor pool;
    private final List<Future<?>> written = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong();

    /** @param workers threads that write workbooks beside the caller; 0: the caller writes each at once */
    XlsxWriters(int workers) {
        if (workers <= 0) {
            pool = null;
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "xlsx-writer-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Writes {@code tables} as the workbook {@code file}: on a worker, or at once when there are none. */
    void write(Path file, LocalDate asOf, List<Table> tables) throws IOException {
        if (pool == null) {
            timed(file, asOf, tables);
            return;
        }
        written.add(pool.submit(() -> {
            timed(file, asOf, tables);
            return null;
        }));
    }

    /**
     * Waits until every workbook is written.
     *
     * @return the nanoseconds the workbooks took, summed over the threads that wrote them
     */
    long finish() throws IOException {
        try {
            for (Future<?> future : written) {
                future.get();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the XLSX lists were written", ex);
        }
        catch (ExecutionException ex) {
            if (ex.getCause() instanceof IOException io) {
                throw io;
            }
            if (ex.getCause() instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (ex.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(ex.getCause());
        }
        finally {
            written.clear();
        }
        return nanos.get();
    }

    /** Stops the workers; a workbook not yet written is not written (after a failure). */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private void timed(Path file, LocalDate asOf, List<Table> tables) throws IOException {
        long started = System.nanoTime();
        XlsxTables.write(file, asOf, tables);
        nanos.addAndGet(System.nanoTime() - started);
    }
}
