package com.jinpai.operations;

import java.time.Duration;

/**
 * What a running execution is doing right now: its current step and that step's counts, read from
 * the job repository (so it works for any job without the job knowing about it).
 */
record ProgressSnapshot(String run, long executionId, String step, long read, long written, Duration stepElapsed,
        int stepsDone) {

    long rowsPerSecond() {
        long seconds = Math.max(1, stepElapsed.toSeconds());
        return Math.max(read, written) / seconds;
    }

    String logLine() {
        return String.format("%s — execution %d — step %s: read %,d, written %,d (%,d rows/s), running %s; "
                + "%d step(s) done", run, executionId, step, read, written, rowsPerSecond(),
                StepTimingsSection.elapsed(stepElapsed), stepsDone);
    }
}
