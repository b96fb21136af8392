package com.jinpai.operations;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One step of an execution, read straight from the job repository: its counts, times (the
 * repository's machine-local times) and how it ended.
 *
 * @param skipped rows skipped on read, process and write together
 */
public record StepRecord(long id, String name, String status, long read, long written, long filtered,
        long skipped, long commits, long rollbacks, @Nullable LocalDateTime start, @Nullable LocalDateTime end,
        @Nullable String exitCode, @Nullable String exitMessage) {
}
