package com.jinpai.cli;

import java.io.PrintWriter;

import org.springframework.stereotype.Component;

import com.jinpai.operations.RunResult;
import com.jinpai.operations.RunSummary;

/** Prints a run's outcome the same way for run, rerun and restart, and picks the exit code. */
@Component
class JobOutput {

    private final RunSummary summary;

    JobOutput(RunSummary summary) {
        this.summary = summary;
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
