package com.jinpai.action.mail;

import java.io.PrintWriter;
import java.util.Optional;

import com.jinpai.run.RunParameters;
import com.jinpai.run.RunSummarySection;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Run summary: what the mail step did ("mail: 12 sent, 3 already sent, 1 failed" and each failure
 * with its error), or why it mailed nothing ("mail: off (jinpai.mail.enabled)").
 */
@Component
public class MailSummarySection implements RunSummarySection {

    public static final String STEP = "actionsMailStep";
    /** Execution-context keys the mail step writes. */
    public static final String OFF = "mail.off";
    public static final String SENT = "mail.sent";
    public static final String UNCHANGED = "mail.unchanged";
    public static final String FAILED = "mail.failed";

    private static final int ORDER = 310;

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void write(JobExecution execution, PrintWriter out) {
        Optional<StepExecution> step = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(STEP)).reduce((first, later) -> later);
        if (step.isEmpty()) {
            return;
        }
        ExecutionContext context = step.get().getExecutionContext();
        if (context.containsKey(OFF)) {
            String why = context.getString(OFF);
            out.println((why.startsWith("jinpai.") || why.startsWith("--") ? "mail: off (" : "mail: none (") + why + ")");
            return;
        }
        if (!context.containsKey(SENT)) {
            return;
        }
        String failed = context.getString(FAILED, "");
        long failures = failed.isEmpty() ? 0 : failed.lines().count();
        out.printf("mail: %d sent, %d already sent, %d failed%n", context.getInt(SENT), context.getInt(UNCHANGED),
                failures);
        if (failures > 0) {
            failed.lines().forEach(line -> out.println("  FAILED " + line));
            out.println("  the next run of the month tries them again; `jinpai mail --month "
                    + RunParameters.monthOf(execution) + "` sends now");
        }
    }
}
