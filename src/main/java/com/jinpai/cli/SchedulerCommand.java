package com.jinpai.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.jinpai.schedule.ScheduleFileException;
import com.jinpai.schedule.SchedulerService;
import org.quartz.SchedulerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "scheduler", mixinStandardHelpOptions = true,
        description = {"Run the schedules in jobs/ until stopped (Ctrl+C or SIGTERM). Several scheduler processes "
                + "may share the database: they form a Quartz cluster and each firing runs on one of them.",
                "A run missed while no scheduler was up fires once on start when its file says "
                        + "'misfire: fire-once', and not at all with 'misfire: do-nothing'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped cleanly (running jobs were stopped at a commit; `restart` resumes them)",
                "1:the scheduler could not use its database tables",
                "2:a schedule file is wrong (the message names file, line and field)"})
class SchedulerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final Launcher launcher;

    SchedulerCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SchedulerService service = launcher.bean(Needs.JOBS, SchedulerService.class);
        try {
            service.runUntilStopped(out);
            out.println("Scheduler stopped.");
            return ExitCodes.OK;
        }
        catch (ScheduleFileException ex) {
            err.println("The scheduler did not start: fix these schedule files first.");
            ex.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.USAGE;
        }
        catch (SchedulerException ex) {
            err.println("The scheduler failed: " + ex.getMessage());
            return ExitCodes.JOB_FAILED;
        }
        finally {
            out.flush();
            err.flush();
        }
    }
}
