package com.jinpai.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.jinpai.operations.ExecutionHistory;
import com.jinpai.operations.ExecutionRecord;
import com.jinpai.operations.RunLock;
import com.jinpai.operations.RunLocks;
import com.jinpai.remote.RemoteStatus;
import com.jinpai.schedule.ScheduleFileException;
import com.jinpai.schedule.ScheduleView;
import com.jinpai.schedule.SchedulerInstance;
import com.jinpai.schedule.Schedules;
import com.jinpai.system.BusinessCalendar;
import com.jinpai.value.ClosedMonths;
import org.jspecify.annotations.Nullable;
import org.quartz.SchedulerException;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"What is running now (with run locks), the scheduler processes alive and the next scheduled "
                + "runs, the worker processes and the partitions in flight (remote mode), the last run of each job, and "
                + "which months are closed.",
                "Times are in the business zone (jinpai.business-zone), labelled with its offset."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:shown"})
class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputFormat output;

    private final Launcher launcher;

    StatusCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    /** What {@code status} shows; also its JSON document. */
    record Status(String zone, String today, List<Json.Execution> running, List<Lock> runLocks,
            List<Scheduler> schedulers, List<Schedule> schedules, @Nullable String scheduleProblem,
            List<LastRun> lastRuns, List<String> closedMonths, List<RemoteStatus.Worker> workers,
            List<RemoteStatus.Partition> partitions) {
    }

    record Lock(String job, String month, @Nullable Long executionId, String holder, long renewedSecondsAgo,
            boolean stale) {
    }

    record Scheduler(String id, String lastCheckin, boolean alive) {
    }

    record Schedule(String name, String state, @Nullable String nextRun) {
    }

    record LastRun(String job, Json.@Nullable Execution execution) {
    }

    @Override
    public Integer call() {
        ApplicationContext app = launcher.start(Needs.DATABASE);
        BusinessCalendar calendar = app.getBean(BusinessCalendar.class);
        Status status = read(app, calendar);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            OutputFormat.write(out, status);
        }
        else {
            print(status, app.getBean(ExecutionHistory.class).running(), calendar, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Status read(ApplicationContext app, BusinessCalendar calendar) {
        ExecutionHistory history = app.getBean(ExecutionHistory.class);
        RunLocks locks = app.getBean(RunLocks.class);
        List<Lock> held = locks.all().stream().map(lock -> new Lock(lock.job(), lock.month(), lock.executionId(),
                lock.holder(), lock.silentFor(locks.now()).toSeconds(), locks.isStale(lock))).toList();
        List<Scheduler> schedulers = new ArrayList<>();
        List<Schedule> schedules = new ArrayList<>();
        String problem = null;
        try {
            Schedules store = app.getBean(Schedules.class);
            for (SchedulerInstance instance : store.instances()) {
                schedulers.add(new Scheduler(instance.id(), calendar.iso(calendar.at(instance.lastCheckin())),
                        instance.alive()));
            }
            for (ScheduleView view : store.list()) {
                schedules.add(new Schedule(view.name(), view.state(), calendar.iso(view.nextFire())));
            }
        }
        catch (ScheduleFileException ex) {
            problem = "schedule files are wrong (`jinpai schedule list` shows why)";
        }
        catch (SchedulerException | RuntimeException ex) {
            problem = "cannot read the schedule store: " + ex.getMessage();
        }
        List<LastRun> lastRuns = new ArrayList<>();
        for (String job : history.jobNames()) {
            List<ExecutionRecord> last = history.find(job, null, null, 1);
            lastRuns.add(new LastRun(job, last.isEmpty() ? null : Json.execution(last.get(0), calendar)));
        }
        List<String> closed = app.getBean(ClosedMonths.class).all().stream().map(YearMonth::toString).toList();
        RemoteStatus remote = app.getBean(RemoteStatus.class);
        return new Status(calendar.zone().getId(), calendar.today().toString(),
                history.running().stream().map(r -> Json.execution(r, calendar)).toList(), held, schedulers,
                schedules, problem, lastRuns, closed, remote.workers(), remote.partitionsInFlight());
    }

    private static void print(Status status, List<ExecutionRecord> running, BusinessCalendar calendar,
            PrintWriter out) {
        out.println("Today (" + status.zone() + "): " + status.today());
        out.println();
        out.println(running.isEmpty() ? "Running: nothing" : "Running:");
        if (!running.isEmpty()) {
            HistoryCommand.print(running, calendar, out);
            out.println("An execution left STARTED by a process that died is resumed with `jinpai restart ID`.");
        }
        if (!status.runLocks().isEmpty()) {
            out.println();
            out.println("Run locks (one run per job and month):");
            for (Lock lock : status.runLocks()) {
                out.printf("  %-12s %s  execution %-6s %s, renewed %d s ago%s%n", lock.job(), lock.month(),
                        lock.executionId() == null ? "-" : lock.executionId(), lock.holder(),
                        lock.renewedSecondsAgo(), lock.stale() ? " — STALE: its process stopped; `jinpai restart "
                                + lock.executionId() + "` takes it over" : "");
            }
        }
        out.println();
        long alive = status.schedulers().stream().filter(Scheduler::alive).count();
        out.println(alive == 0 ? "Scheduler: no scheduler process is running (start one with `jinpai scheduler`)"
                : "Scheduler: " + alive + " process(es) alive");
        for (Scheduler scheduler : status.schedulers()) {
            out.printf("  %-40s last check-in %s%s%n", scheduler.id(), label(scheduler.lastCheckin(), calendar),
                    scheduler.alive() ? "" : " — not checking in (stopped or dead)");
        }
        for (Schedule schedule : status.schedules()) {
            out.printf("  schedule %-14s %-14s next run %s%n", schedule.name(), schedule.state(),
                    label(schedule.nextRun(), calendar));
        }
        if (status.scheduleProblem() != null) {
            out.println("  " + status.scheduleProblem());
        }
        printRemote(status, out);
        out.println();
        out.println("Last run of each job:");
        for (LastRun last : status.lastRuns()) {
            Json.Execution e = last.execution();
            out.printf("  %-12s %s%n", last.job(), e == null ? "never run"
                    : "execution " + e.id() + ", " + describe(e) + ", " + e.status()
                            + (e.ended() == null ? "" : ", ended " + label(e.ended(), calendar)));
        }
        out.println();
        out.println("Closed months (bill lines loaded): "
                + (status.closedMonths().isEmpty() ? "none" : String.join(", ", status.closedMonths())));
    }

    /** Worker processes and partitions in flight; nothing when there are none. */
    private static void printRemote(Status status, PrintWriter out) {
        if (status.workers().isEmpty() && status.partitions().isEmpty()) {
            return;
        }
        out.println();
        long alive = status.workers().stream().filter(RemoteStatus.Worker::alive).count();
        out.println("Workers: " + alive + " alive");
        for (RemoteStatus.Worker worker : status.workers()) {
            out.printf("  %-40s renewed %d s ago, %s%s%n", worker.id(), worker.renewedSecondsAgo(),
                    worker.partition() == null ? "idle" : "running " + worker.partition(),
                    worker.alive() ? "" : " — SILENT: stopped or dead");
        }
        out.println(status.partitions().isEmpty() ? "Partitions in flight: none" : "Partitions in flight:");
        for (RemoteStatus.Partition partition : status.partitions()) {
            out.printf("  %-40s execution %d, %s%n", partition.name(), partition.jobExecutionId(),
                    partition.worker() != null ? "running on " + partition.worker()
                            : "STARTING".equals(partition.status()) ? "waiting for a worker" : partition.status());
        }
    }

    private static String label(@Nullable String iso, BusinessCalendar calendar) {
        return iso == null ? "-" : calendar.label(java.time.ZonedDateTime.parse(iso));
    }

    private static String describe(Json.Execution e) {
        return new ExecutionRecord(e.id(), e.job(), e.month(), e.asOf(), e.rerun(), e.status(), e.exitCode(), null,
                null, null).describe();
    }
}
