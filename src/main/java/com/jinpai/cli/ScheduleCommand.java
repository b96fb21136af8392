package com.jinpai.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.jinpai.schedule.ScheduleDefinition;
import com.jinpai.schedule.ScheduleFileException;
import com.jinpai.schedule.ScheduleView;
import com.jinpai.schedule.Schedules;
import com.jinpai.system.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.quartz.SchedulerException;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "See and steer the schedules in jobs/ as the scheduler cluster runs them.",
        subcommands = {ScheduleCommand.ListCommand.class, ScheduleCommand.PauseCommand.class,
                ScheduleCommand.ResumeCommand.class, ScheduleCommand.TriggerCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"2:no subcommand given"})
class ScheduleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Runs an action on the schedules, turning every failure into its exit code and a sentence. */
    abstract static class Action implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        private final Launcher launcher;
        Schedules schedules;
        BusinessCalendar calendar;

        Action(Launcher launcher) {
            this.launcher = launcher;
        }

        abstract void run(PrintWriter out) throws SchedulerException;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ApplicationContext app = launcher.start(Needs.DATABASE);
            schedules = app.getBean(Schedules.class);
            calendar = app.getBean(BusinessCalendar.class);
            try {
                run(out);
                return ExitCodes.OK;
            }
            catch (ScheduleFileException ex) {
                err.println("Fix these schedule files first:");
                ex.problems().forEach(p -> err.println("  " + p));
                return ExitCodes.USAGE;
            }
            catch (IllegalArgumentException ex) {
                err.println(ex.getMessage());
                return ExitCodes.USAGE;
            }
            catch (SchedulerException ex) {
                err.println("The schedule store failed: " + ex.getMessage());
                return ExitCodes.JOB_FAILED;
            }
            finally {
                out.flush();
                err.flush();
            }
        }
    }

        @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Each schedule: job, cron and time zone, month, misfire policy, state (NORMAL, PAUSED, "
                    + "BLOCKED while running, NOT_REGISTERED until `jinpai scheduler` has read the file), next run.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:listed", "1:the schedule store could not be read", "2:a schedule file is wrong"})
    static class ListCommand extends Action {

        @Mixin
        OutputFormat output;

        ListCommand(Launcher launcher) {
            super(launcher);
        }

        /** One schedule in {@code schedule list --output json}; the file's fields are null without a file. */
        record Entry(String name, @Nullable String job, @Nullable String cron, @Nullable String timeZone,
                @Nullable String month, @Nullable String misfire, String state, @Nullable String nextRun) {
        }

        record Document(String zone, List<Entry> schedules) {
        }

        @Override
        void run(PrintWriter out) throws SchedulerException {
            List<ScheduleView> views = schedules.list();
            if (output.json()) {
                OutputFormat.write(out, new Document(calendar.zone().getId(), views.stream().map(view -> {
                    ScheduleDefinition d = view.definition();
                    return new Entry(view.name(), d == null ? null : d.job(), d == null ? null : d.cron(),
                            d == null ? null : d.zone().getId(), d == null ? null : d.month().text(),
                            d == null ? null : d.misfire().key(), view.state(), calendar.iso(view.nextFire()));
                }).toList()));
                return;
            }
            if (views.isEmpty()) {
                out.println("no schedules");
                return;
            }
            out.printf("%-14s %-12s %-16s %-14s %-9s %-11s %-14s %s%n", "SCHEDULE", "JOB", "CRON", "ZONE", "MONTH",
                    "MISFIRE", "STATE", "NEXT RUN");
            for (ScheduleView view : views) {
                ScheduleDefinition d = view.definition();
                out.printf("%-14s %-12s %-16s %-14s %-9s %-11s %-14s %s%n", view.name(), d == null ? "-" : d.job(),
                        d == null ? "-" : d.cron(), d == null ? "-" : d.zone(), d == null ? "-" : d.month().text(),
                        d == null ? "-" : d.misfire().key(), d == null ? view.state() + " (no file)" : view.state(),
                        calendar.label(view.nextFire()));
            }
        }
    }

        @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Stop a schedule (or, without NAME, all) from firing until `schedule resume`; for every "
                    + "scheduler process sharing the database.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:paused", "1:the schedule store failed", "2:no such schedule is registered"})
    static class PauseCommand extends Action {

        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "schedule name, e.g. nightly")
        @Nullable String name;

        PauseCommand(Launcher launcher) {
            super(launcher);
        }

        @Override
        void run(PrintWriter out) throws SchedulerException {
            schedules.pause(name);
            out.println((name == null ? "all schedules" : "schedule " + name) + " paused; `jinpai schedule resume"
                    + (name == null ? "" : " " + name) + "` lets it fire again");
        }
    }

        @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Let a paused schedule (or, without NAME, all) fire again. A fire time missed while paused "
                    + "follows the schedule's misfire policy.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:resumed", "1:the schedule store failed", "2:no such schedule is registered"})
    static class ResumeCommand extends Action {

        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "schedule name, e.g. nightly")
        @Nullable String name;

        ResumeCommand(Launcher launcher) {
            super(launcher);
        }

        @Override
        void run(PrintWriter out) throws SchedulerException {
            schedules.resume(name);
            out.println((name == null ? "all schedules" : "schedule " + name) + " resumed");
        }
    }

        @Command(name = "trigger", mixinStandardHelpOptions = true,
            description = "Fire a schedule now, on whichever scheduler process picks it up first (the month is "
                    + "resolved as for a timed firing). To run in this terminal instead, use `jinpai run`.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the firing is queued", "1:the schedule store failed",
                    "2:no such schedule is registered"})
    static class TriggerCommand extends Action {

        @Parameters(index = "0", paramLabel = "NAME", description = "schedule name, e.g. nightly")
        String name;

        TriggerCommand(Launcher launcher) {
            super(launcher);
        }

        @Override
        void run(PrintWriter out) throws SchedulerException {
            schedules.trigger(name);
            out.println("schedule " + name + " triggered; `jinpai status` shows the run");
            if (!schedules.anyAlive()) {
                spec.commandLine().getErr().println("warning: no scheduler process is running, so it fires when "
                        + "`jinpai scheduler` starts");
            }
        }
    }
}
