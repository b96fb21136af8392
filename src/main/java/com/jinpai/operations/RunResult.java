package com.jinpai.operations;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;

/**
 * How a start, restart or stop ended, with the execution it concerns when there is one.
 *
 * @param notices what the admin asked to change against the original run (a re-run's other inbox or
 *     as-of), said before the outcome
 */
public record RunResult(Outcome outcome, @Nullable JobExecution execution, String message, List<String> notices) {

    public RunResult(Outcome outcome, @Nullable JobExecution execution, String message) {
        this(outcome, execution, message, List.of());
    }

    public enum Outcome {
        /** The run finished and every step completed. */
        COMPLETED,
        /** The run ended FAILED or STOPPED; the message says how to resume. */
        FAILED,
        /** Another execution of the same job and month is running. */
        ALREADY_RUNNING,
        /** The month already completed; {@code rerun} computes it again. */
        ALREADY_COMPLETE,
        /** The request itself is wrong (unknown job, month in the future, no such execution, no inbox). */
        REJECTED,
        /** A stop was requested and accepted. */
        STOPPING
    }

    public boolean succeeded() {
        return outcome == Outcome.COMPLETED || outcome == Outcome.STOPPING;
    }

    RunResult withNotices(List<String> more) {
        return more.isEmpty() ? this : new RunResult(outcome, execution, message, more);
    }
}
