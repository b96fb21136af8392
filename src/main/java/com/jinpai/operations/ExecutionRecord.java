package com.jinpai.operations;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** One row of run history, read straight from the job repository tables. */
public record ExecutionRecord(long id, String job, @Nullable String month, @Nullable String asOf,
        @Nullable String rerun, String status, @Nullable String exitCode, @Nullable String exitMessage,
        @Nullable LocalDateTime start, @Nullable LocalDateTime end) {

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
