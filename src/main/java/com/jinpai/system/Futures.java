package com.jinpai.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to several threads. */
public final class Futures {

    private Futures() {
    }

    /**
     * The results of every future, in order, once all have ended; if any failed, the first failure is
     * thrown with the others suppressed in it (a checked cause wrapped, saying {@code what} failed).
     */
    public static <T> List<T> all(List<? extends Future<T>> futures, String what) {
        List<T> results = new ArrayList<>(futures.size());
        RuntimeException failure = null;
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            }
            catch (ExecutionException ex) {
                RuntimeException cause = ex.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(what + " failed", ex.getCause());
                if (failure == null) {
                    failure = cause;
                }
                else {
                    failure.addSuppressed(cause);
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + what + " ran", ex);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    /**
     * Runs {@code work} on the calling thread beside {@code running}, then waits for them
     * ({@link #all}); if {@code work} fails, they still end before its failure is thrown (their own
     * failures suppressed in it), so nothing they write to is given up while they run.
     */
    public static void beside(List<? extends Future<Void>> running, Runnable work, String what) {
        try {
            work.run();
        }
        catch (RuntimeException ex) {
            try {
                all(running, what);
            }
            catch (RuntimeException other) {
                ex.addSuppressed(other);
            }
            throw ex;
        }
        all(running, what);
    }
}
