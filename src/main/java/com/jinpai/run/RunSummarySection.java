package com.jinpai.run;

import java.io.PrintWriter;

import org.springframework.batch.core.job.JobExecution;

/**
 * One part of the summary printed at the end of a run. Each feature contributes its own section
 * (files and rejects, tiers and moves, actions); {@link #order()} places it. A section reads what
 * the run was about from {@link RunParameters#monthOf} / {@link RunParameters#from}.
 */
public interface RunSummarySection {

    int order();

    void write(JobExecution execution, PrintWriter out);
}
