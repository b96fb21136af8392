package com.jinpai.value;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs where a month's time goes, so a slow phase on a large month is visible in the log. */
final class Stopwatch {

    private static final Logger log = LoggerFactory.getLogger(ValueEvaluator.class);

    private final String what;
    private final long started = System.nanoTime();
    private long lapStarted = started;
    private final StringBuilder laps = new StringBuilder();

    Stopwatch(String what) {
        this.what = what;
    }

    void lap(String phase) {
        long now = System.nanoTime();
        laps.append(' ').append(phase).append(' ').append((now - lapStarted) / 1_000_000).append(" ms,");
        lapStarted = now;
    }

    void done(int rows) {
        log.info("{}: {} customers in {} ms ({})", what, rows, (System.nanoTime() - started) / 1_000_000,
                laps.toString().trim());
    }
}
