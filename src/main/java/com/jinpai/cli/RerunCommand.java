package com.jinpai.cli;

import java.util.concurrent.Callable;

import com.jinpai.operations.JobRunner;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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

    private final Launcher launcher;

    RerunCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        ApplicationContext app = launcher.start(Needs.JOBS);
        JobRunner runner = app.getBean(JobRunner.class);
        return JobOutput.of(app).report(runner.rerun(options.request()), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
