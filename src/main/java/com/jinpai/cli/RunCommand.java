package com.jinpai.cli;

import java.util.concurrent.Callable;

import com.jinpai.operations.JobRunner;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Component
@Scope("prototype")
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a job for a month: nightly (ingest what is new, estimate the open month, refresh VIP "
                + "actions) or month-close (compute a closed month for good).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:completed", "1:the job failed (the message says how to restart it)",
                "2:usage error, or the month already completed (use rerun)",
                "3:already running (the message names the execution)"})
class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JobMonthOptions options;

    private final JobRunner runner;
    private final JobOutput output;

    RunCommand(JobRunner runner, JobOutput output) {
        this.runner = runner;
        this.output = output;
    }

    @Override
    public Integer call() {
        return output.report(runner.run(options.request()), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
