package com.jinpai.jobs;

import java.io.PrintWriter;

import org.springframework.batch.core.job.JobExecution;

/**
 * One part of the summary printed at the end of a run. Each feature contributes its own section
 * (files and rejects, tiers and moves, actions); {@link #order()} places it.
 */
public interface RunSummarySection {

    int order();

    void write(JobExecution execution, PrintWriter out);
}
