package com.jinpai.schedule;

import java.time.Duration;
import java.time.Instant;

/** A scheduler process that checked in to the cluster (QRTZ_SCHEDULER_STATE). */
public record SchedulerInstance(String id, Instant lastCheckin, Duration checkinInterval, boolean alive) {

    /** Quartz's own rule: an instance that missed its check-in by more than 7.5 s has failed. */
    static boolean alive(Instant lastCheckin, Duration interval, Instant now) {
        return !lastCheckin.plus(interval).plusMillis(7_500).isBefore(now);
    }
}
