package com.jinpai.operations;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** One row of run history, read straight from the job repository tables. */
public record ExecutionRecord(long id, String job, @Nullable String month, @Nullable String asOf,
        @Nullable String rerun, String status, @Nullable String exitCode, @Nullable String exitMessage,
        @Nullable LocalDateTime start, @Nullable LocalDateTime end) {

    /**
     * What every failed execution's exit message starts with: the root cause in one line, written
     * when the job ends, ahead of the stack trace that the job repository cuts at 2,500 characters.
     */
    static final String CAUSE = "Cause: ";

    /** The root cause recorded when the execution failed; null for an older or successful one. */
    public @Nullable String recordedCause() {
        if (exitMessage == null || !exitMessage.startsWith(CAUSE)) {
            return null;
        }
        return exitMessage.lines().findFirst().orElse(CAUSE).substring(CAUSE.length()).trim();
    }

    public String describe() {
        StringBuilder text = new StringBuilder(month == null ? "-" : month);
        if (asOf != null) {
            text.append(" as of ").append(asOf);
        }
        if (rerun != null) {
            text.append(" (re-run ").append(rerun).append(')');
        }
        return text.toString();
    }
}
