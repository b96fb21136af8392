package com.jinpai.operations;

import com.jinpai.run.RunSummarySection;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/** Prints what a run did: a header, then every feature's section in order. */
@Component
public class RunSummary {

    private final List<RunSummarySection> sections;

    public RunSummary(List<RunSummarySection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(RunSummarySection::order)).toList();
    }

    public void write(JobExecution execution, PrintWriter out) {
        out.printf("%s %s — execution %d — %s%n", execution.getJobInstance().getJobName(),
                JobRunner.describe(execution.getJobParameters()), execution.getId(), execution.getStatus());
        for (RunSummarySection section : sections) {
            section.write(execution, out);
        }
        out.flush();
    }
}
