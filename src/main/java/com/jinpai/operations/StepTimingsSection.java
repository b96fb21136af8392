package com.jinpai.operations;

import com.jinpai.run.RunSummarySection;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** The run header and, last, the elapsed time of every step. */
@Component
class StepTimingsSection implements RunSummarySection {

    /** The width of the step-name column when every name is shorter. */
    private static final int MIN_NAME_WIDTH = 32;

    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void write(JobExecution execution, PrintWriter out) {
        out.println("Steps");
        // Partition steps carry their partition in the name (valueMonthPartitionStep:partition3): the column widens
        int width = execution.getStepExecutions().stream().mapToInt(step -> step.getStepName().length())
                .max().orElse(0);
        String name = "  %-" + Math.max(MIN_NAME_WIDTH, width) + "s %-9s ";
        execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .forEach(step -> out.printf(name + "read %,12d  written %,12d  skipped %,8d  %s%n",
                        step.getStepName(), step.getStatus(), step.getReadCount(), step.getWriteCount(),
                        step.getSkipCount() + step.getFilterCount(),
                        elapsed(step.getStartTime(), step.getEndTime())));
        out.printf(name + "%s%n", "total", execution.getStatus(),
                elapsed(execution.getStartTime(), execution.getEndTime()));
    }

    static String elapsed(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "-";
        }
        return elapsed(Duration.between(start, end == null ? LocalDateTime.now() : end));
    }

    static String elapsed(Duration d) {
        long millis = d.toMillis();
        return millis < 60_000 ? String.format("%.1f s", millis / 1000.0)
                : String.format("%d min %02d s", d.toMinutes(), d.toSecondsPart());
    }
}
