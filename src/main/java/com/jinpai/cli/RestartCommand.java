package com.jinpai.cli;

import java.util.concurrent.Callable;

import com.jinpai.operations.JobRunner;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Resume a failed or stopped execution from its last commit. An execution left STARTED by a "
                + "process that died is recovered first (its run lock is taken over once its heartbeat has stopped).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:completed", "1:the job failed again (fix the cause, restart again)",
                "2:no such execution, or it already completed (use rerun)",
                "3:the execution, or another run of its month, is still running"})
class RestartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXECUTION_ID", description = "as listed by `jinpai history`")
    long executionId;

    private final Launcher launcher;

    RestartCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        ApplicationContext app = launcher.start(Needs.JOBS);
        JobRunner runner = app.getBean(JobRunner.class);
        return JobOutput.of(app).report(runner.restart(executionId), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
