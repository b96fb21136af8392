package com.jinpai.cli;

import java.util.concurrent.Callable;

import com.jinpai.operations.JobRunner;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Component
@Scope("prototype")
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Ask a running execution to stop at its next commit; `restart` resumes it later.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stop requested", "2:no such execution, or it is not running"})
class StopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXECUTION_ID", description = "as listed by `jinpai status`")
    long executionId;

    private final JobRunner runner;
    private final JobOutput output;

    StopCommand(JobRunner runner, JobOutput output) {
        this.runner = runner;
        this.output = output;
    }

    @Override
    public Integer call() {
        return output.report(runner.stop(executionId), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
