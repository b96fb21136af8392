package com.jinpai.operations;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code run_lock}: who runs a job for a month, with which execution, and when it last
 * proved it was alive.
 */
public record RunLock(String job, String month, String holder, @Nullable Long executionId, Instant acquiredAt,
        Instant heartbeatAt) {

    /** True when the holder stopped renewing the lock: its process was killed or lost the database. */
    public boolean isStale(Instant now, Duration staleAfter) {
        return heartbeatAt.plus(staleAfter).isBefore(now);
    }

    public Duration silentFor(Instant now) {
        return Duration.between(heartbeatAt, now);
    }
}
