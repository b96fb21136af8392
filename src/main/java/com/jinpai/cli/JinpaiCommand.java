package com.jinpai.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "jinpai", mixinStandardHelpOptions = true, version = "jinpai 0.1.0",
        description = "Customer value and VIP segmentation batch jobs.",
        subcommands = {RunCommand.class, RerunCommand.class, RestartCommand.class, StopCommand.class,
                BackfillCommand.class, StatusCommand.class, HistoryCommand.class, ScheduleCommand.class,
                SchedulerCommand.class, WorkerCommand.class, ReportCommand.class, CheckCommand.class,
                GenerateCommand.class, ImportFeedbackCommand.class, MailCommand.class},
        exitCodeListHeading = "%nExit codes (every command):%n",
        exitCodeList = {"0:success", "1:the job failed", "2:usage error", "3:already running"})
class JinpaiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Taken out of the arguments by {@link Cli} wherever it stands; declared here for the help. */
    @Option(names = Cli.DEBUG, description = "Show the stack trace of a failure (any command, anywhere on the line).")
    boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
