package com.jinpai.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Reads a file's batches on a thread of their own while the caller writes (or sums) the one before:
 * parsing and validating is half of an ingest's CPU, so the two halves run on two cores. Memory
 * stays bounded: at most {@value #AHEAD} batches wait between the two.
 */
final class PrefetchedBatches implements AutoCloseable {

    private static final int AHEAD = 2;
    private static final Object END = new Object();

    private final ExportReader reader;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean closed;

    PrefetchedBatches(ExportReader reader, String fileName) {
        this.reader = reader;
        this.thread = new Thread(this::readAll, "ingest-read " + fileName);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** The next batch, or null after the last one; a failure of the reading thread is thrown here. */
    @Nullable Batch next() throws UnreadableFileException {
        Object item;
        try {
            item = queue.take();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + thread.getName(), ex);
        }
        if (item == END) {
            queue.offer(END);
            return null;
        }
        if (item instanceof UnreadableFileException unreadable) {
            queue.offer(END);
            throw unreadable;
        }
        if (item instanceof RuntimeException failure) {
            queue.offer(END);
            throw failure;
        }
        if (item instanceof Error error) {
            queue.offer(END);
            throw error;
        }
        return (Batch) item;
    }

    private void readAll() {
        try {
            for (Batch batch = reader.next(); batch != null && !closed; batch = reader.next()) {
                put(batch);
            }
            put(END);
        }
        catch (UnreadableFileException | RuntimeException | Error ex) {
            put(ex);
        }
    }

    private void put(Object item) {
        try {
            while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is busy writing; wait for room
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        reader.close();
    }
}
