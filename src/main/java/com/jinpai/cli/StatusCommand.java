package com.jinpai.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.jinpai.operations.ExecutionHistory;
import com.jinpai.operations.ExecutionRecord;
import com.jinpai.operations.JobRunner;
import com.jinpai.operations.RunLock;
import com.jinpai.operations.RunLocks;
import com.jinpai.schedule.ScheduleFileException;
import com.jinpai.schedule.ScheduleView;
import com.jinpai.schedule.SchedulerInstance;
import com.jinpai.schedule.Schedules;
import org.quartz.SchedulerException;
import com.jinpai.system.BusinessCalendar;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Component
@Scope("prototype")
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "What is running now (with run locks), the scheduler processes alive and the next scheduled "
                + "runs, the last run of each job, and which months are closed.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:shown"})
class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final ExecutionHistory history;
    private final JobRunner runner;
    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;
    private final RunLocks locks;
    private final Schedules schedules;

    StatusCommand(ExecutionHistory history, JobRunner runner, JdbcTemplate jdbc, BusinessCalendar calendar,
            RunLocks locks, Schedules schedules) {
        this.history = history;
        this.runner = runner;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.locks = locks;
        this.schedules = schedules;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Today (" + calendar.zone() + "): " + calendar.today());
        List<ExecutionRecord> running = history.running();
        out.println();
        out.println(running.isEmpty() ? "Running: nothing" : "Running:");
        if (!running.isEmpty()) {
            HistoryCommand.print(running, out);
            out.println("An execution left STARTED by a process that died is resumed with `jinpai restart ID`.");
        }
        printLocks(out);
        printScheduler(out);
        out.println();
        out.println("Last run of each job:");
        for (String job : runner.jobNames()) {
            List<ExecutionRecord> last = history.find(job, null, null, 1);
            out.printf("  %-12s %s%n", job, last.isEmpty() ? "never run"
                    : "execution " + last.get(0).id() + ", " + last.get(0).describe() + ", " + last.get(0).status()
                            + (last.get(0).end() == null ? "" : ", ended " + HistoryCommand.TIME.format(last.get(0).end())));
        }
        List<String> closed = jdbc.queryForList("SELECT DISTINCT bill_month FROM ingest_file WHERE source = "
                + "'bill-lines' AND status = 'LOADED' ORDER BY bill_month", String.class);
        out.println();
        out.println("Closed months (bill lines loaded): " + (closed.isEmpty() ? "none" : String.join(", ", closed)));
        out.flush();
        return ExitCodes.OK;
    }

    private void printLocks(PrintWriter out) {
        List<RunLock> held = locks.all();
        if (held.isEmpty()) {
            return;
        }
        out.println();
        out.println("Run locks (one run per job and month):");
        for (RunLock lock : held) {
            boolean stale = locks.isStale(lock);
            out.printf("  %-12s %s  execution %-6s %s, renewed %d s ago%s%n", lock.job(), lock.month(),
                    lock.executionId() == null ? "-" : lock.executionId(), lock.holder(),
                    lock.silentFor(locks.now()).toSeconds(), stale ? " — STALE: its process stopped; `jinpai restart "
                            + lock.executionId() + "` takes it over" : "");
        }
    }

    private void printScheduler(PrintWriter out) {
        out.println();
        try {
            List<SchedulerInstance> instances = schedules.instances();
            List<SchedulerInstance> alive = instances.stream().filter(SchedulerInstance::alive).toList();
            out.println(alive.isEmpty() ? "Scheduler: no scheduler process is running (start one with `jinpai scheduler`)"
                    : "Scheduler: " + alive.size() + " process(es) alive");
            for (SchedulerInstance instance : instances) {
                out.printf("  %-40s last check-in %s%s%n", instance.id(),
                        HistoryCommand.TIME.format(instance.lastCheckin().atZone(calendar.zone())),
                        instance.alive() ? "" : " — not checking in (stopped or dead)");
            }
            for (ScheduleView view : schedules.list()) {
                out.printf("  schedule %-14s %-14s next run %s%n", view.name(), view.state(),
                        ScheduleCommand.time(view.nextFire()));
            }
        }
        catch (ScheduleFileException ex) {
            out.println("  schedule files are wrong (`jinpai schedule list` shows why)");
        }
        catch (SchedulerException | RuntimeException ex) {
            out.println("  cannot read the schedule store: " + ex.getMessage());
        }
    }
}
