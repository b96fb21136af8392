package com.jinpai.cli;

import java.util.concurrent.Callable;

import com.jinpai.operations.JobRunner;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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

    private final Launcher launcher;

    RunCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        ApplicationContext app = launcher.start(Needs.JOBS);
        JobRunner runner = app.getBean(JobRunner.class);
        return JobOutput.of(app).report(runner.run(options.request()), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
