package com.jinpai.cli;

import java.util.concurrent.Callable;

import com.jinpai.operations.JobRunner;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Ask a running execution to stop at its next commit; `restart` resumes it later.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stop requested", "2:no such execution, or it is not running"})
class StopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXECUTION_ID", description = "as listed by `jinpai status`")
    long executionId;

    private final Launcher launcher;

    StopCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        ApplicationContext app = launcher.start(Needs.JOBS);
        JobRunner runner = app.getBean(JobRunner.class);
        return JobOutput.of(app).report(runner.stop(executionId), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
