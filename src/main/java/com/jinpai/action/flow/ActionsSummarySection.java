package com.jinpai.action.flow;

import java.io.PrintWriter;
import java.time.YearMonth;

import com.jinpai.run.RunParameters;
import com.jinpai.run.RunSummarySection;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/** Run summary: actions per rule for the month, VIPs per manager load, unassigned VIPs. */
@Component
class ActionsSummarySection implements RunSummarySection {

    private static final int ORDER = 300;

    private final ActionSummaryQuery summaries;

    ActionsSummarySection(ActionSummaryQuery summaries) {
        this.summaries = summaries;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void write(JobExecution execution, PrintWriter out) {
        YearMonth month = RunParameters.monthOf(execution);
        boolean ranActions = execution.getStepExecutions().stream()
                .anyMatch(step -> step.getStepName().startsWith("actions"));
        if (month == null || !ranActions) {
            return;
        }
        ActionSummary summary = summaries.summarise(month);
        out.println("VIP actions " + month);
        summary.issuedPerRule().forEach((rule, count) -> out.printf("  %-22s %,8d%n", rule, count));
        out.printf("  open actions: %,d with a manager, %,d without; %,d managers hold VIPs; %,d VIPs unassigned%n",
                summary.openPerManager().values().stream().mapToLong(Long::longValue).sum(),
                summary.openWithoutManager(), summary.vipsPerManager().size(), summary.unassignedVips());
    }
}
