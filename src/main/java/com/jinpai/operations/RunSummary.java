package com.jinpai.operations;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import com.jinpai.run.RunParameters;
import com.jinpai.run.RunSummarySection;

/** Prints what a run did: a header naming the run and its inbox, then every feature's section in order. */
@Component
public class RunSummary {

    private final List<RunSummarySection> sections;

    public RunSummary(List<RunSummarySection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(RunSummarySection::order)).toList();
    }

    public void write(JobExecution execution, PrintWriter out) {
        RunParameters run = RunParameters.from(execution);
        out.printf("%s %s — execution %d — %s%n", execution.getJobInstance().getJobName(), run.describe(),
                execution.getId(), execution.getStatus());
        if (run.hasInbox()) {
            out.println("Inbox: " + run.inbox());
        }
        for (RunSummarySection section : sections) {
            section.write(execution, out);
        }
        out.flush();
    }
}
