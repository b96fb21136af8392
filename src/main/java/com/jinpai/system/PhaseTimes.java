package com.jinpai.system;

import org.slf4j.Logger;

/**
 * The elapsed time of each phase of a step's work (a month's evaluation, an action step), logged in
 * one line when the work ends ({@code issue 2026-10: 8,412 candidate(s) in 912 ms (keys 40 ms,
 * complaints 12 ms, ...)}), so a slow step on a large month says which of its reads or writes the
 * time went to.
 */
public final class PhaseTimes {

    private final Logger log;
    private final String what;
    private final long started = System.nanoTime();
    private long lapStarted = started;
    private final StringBuilder laps = new StringBuilder();

    public PhaseTimes(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    /** Ends the phase running since the previous lap (or the start). */
    public void lap(String phase) {
        long now = System.nanoTime();
        laps.append(laps.isEmpty() ? "" : ", ").append(phase).append(' ').append((now - lapStarted) / 1_000_000)
                .append(" ms");
        lapStarted = now;
    }

    /** Logs the phases with what the work did ({@code "8,412 candidate(s)"}). */
    public void done(String outcome) {
        log.info("{}: {} in {} ms ({})", what, outcome, (System.nanoTime() - started) / 1_000_000, laps);
    }
}
