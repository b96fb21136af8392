package com.jinpai.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.jinpai.remote.RemoteProperties;
import com.jinpai.remote.WorkerService;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Run the month's partitions sent over RabbitMQ until stopped (Ctrl+C or SIGTERM): "
                + "remote mode (jinpai.remote.enabled: true in config/partitions.yml). Start as many as you like, "
                + "on this machine or others sharing the database and the broker; each takes one partition at a time.",
                "On SIGTERM a worker takes no more partitions and finishes the one in hand up to its commit."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped cleanly",
                "2:remote mode is off, or the broker or the database does not answer (the message says which)"})
class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final Launcher launcher;

    WorkerCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ApplicationContext application = launcher.start(Needs.JOBS);
            if (!application.getBean(RemoteProperties.class).enabled()) {
                err.println("jinpai worker runs partitions sent by a manager in remote mode, which is off: set "
                        + "jinpai.remote.enabled to true in config/partitions.yml (for the runs too)");
                return ExitCodes.USAGE;
            }
            application.getBean(WorkerService.class).runUntilStopped(out);
            out.println("Worker stopped.");
            return ExitCodes.OK;
        }
        finally {
            out.flush();
            err.flush();
        }
    }
}
