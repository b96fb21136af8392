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
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = "Compute a completed month again as a new execution; the same inputs give the same tables "
                + "and files, byte for byte.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:completed", "1:the job failed (the message says how to restart it)", "2:usage error",
                "3:already running (the message names the execution)"})
class RerunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JobMonthOptions options;

    private final JobRunner runner;
    private final JobOutput output;

    RerunCommand(JobRunner runner, JobOutput output) {
        this.runner = runner;
        this.output = output;
    }

    @Override
    public Integer call() {
        return output.report(runner.rerun(options.request()), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
