package com.jinpai.run;

import java.io.PrintWriter;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;

/**
 * One part of the summary printed at the end of a run. Each feature contributes its own section
 * (files and rejects, tiers and moves, actions); {@link #order()} places it.
 */
public interface RunSummarySection {

    int order();

    void write(JobExecution execution, PrintWriter out);

    /** The month the run is about, or null for a job that has none. */
    static @Nullable YearMonth month(JobExecution execution) {
        String month = execution.getJobParameters().getString(JobNames.MONTH);
        return month == null ? null : YearMonth.parse(month);
    }
}
