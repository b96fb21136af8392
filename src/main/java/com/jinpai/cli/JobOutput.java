package com.jinpai.cli;

import java.io.PrintWriter;

import com.jinpai.operations.RunResult;
import com.jinpai.operations.RunSummary;
import org.springframework.context.ApplicationContext;

/** Prints a run's outcome the same way for run, rerun and restart, and picks the exit code. */
final class JobOutput {

    private final RunSummary summary;

    private JobOutput(RunSummary summary) {
        this.summary = summary;
    }

    static JobOutput of(ApplicationContext app) {
        return new JobOutput(app.getBean(RunSummary.class));
    }

    int report(RunResult result, PrintWriter out, PrintWriter err) {
        result.notices().forEach(notice -> out.println("Note: " + notice));
        if (result.execution() != null && result.outcome() != RunResult.Outcome.ALREADY_RUNNING
                && result.outcome() != RunResult.Outcome.STOPPING) {
            summary.write(result.execution(), out);
        }
        (result.succeeded() ? out : err).println(result.message());
        out.flush();
        err.flush();
        return ExitCodes.of(result);
    }
}
