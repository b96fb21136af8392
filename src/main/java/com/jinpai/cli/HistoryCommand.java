package com.jinpai.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.jinpai.operations.ExecutionHistory;
import com.jinpai.operations.ExecutionRecord;
import com.jinpai.operations.StepRecord;
import com.jinpai.system.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List job executions, newest first; with an EXECUTION_ID, that execution's steps, counts, "
                + "times and failure cause.",
                "Times are in the business zone (jinpai.business-zone), labelled with its offset."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:listed", "2:usage error, or no such execution"})
class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputFormat output;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXECUTION_ID",
            description = "show this execution in detail")
    @Nullable Long executionId;

    @Option(names = "--job", paramLabel = "JOB", description = "only this job (nightly, month-close)")
    String job;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = Converters.Month.class,
            description = "only runs about this month")
    YearMonth month;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "only this status: COMPLETED, FAILED, STOPPED, STARTED, ABANDONED")
    String status;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "only executions started on or after this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "only executions started on or before this day")
    LocalDate to;

    @Option(names = "--limit", defaultValue = "20", description = "at most this many rows (default ${DEFAULT-VALUE})")
    int limit;

    private final Launcher launcher;

    HistoryCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (from != null && to != null && from.isAfter(to)) {
            spec.commandLine().getErr().println("--from " + from + " is after --to " + to);
            return ExitCodes.USAGE;
        }
        ApplicationContext app = launcher.start(Needs.DATABASE);
        ExecutionHistory history = app.getBean(ExecutionHistory.class);
        BusinessCalendar calendar = app.getBean(BusinessCalendar.class);
        if (executionId != null) {
            return detail(history, calendar, executionId, out);
        }
        List<ExecutionRecord> rows = history.find(new ExecutionHistory.Filter(job, month == null ? null
                : month.toString(), status == null ? null : status.toUpperCase(Locale.ROOT), from, to), limit);
        if (output.json()) {
            OutputFormat.write(out, new Json.Executions(calendar.zone().getId(),
                    rows.stream().map(r -> Json.execution(r, calendar)).toList()));
        }
        else {
            print(rows, calendar, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int detail(ExecutionHistory history, BusinessCalendar calendar, long id, PrintWriter out) {
        ExecutionRecord execution = history.find(id);
        if (execution == null) {
            spec.commandLine().getErr().println("no job execution " + id + "; `jinpai history` lists them");
            return ExitCodes.USAGE;
        }
        List<StepRecord> steps = history.steps(id);
        if (output.json()) {
            OutputFormat.write(out, new Json.ExecutionDetail(calendar.zone().getId(), Json.execution(execution, calendar),
                    steps.stream().map(s -> Json.step(s, calendar)).toList(), Json.failure(execution, steps)));
            return ExitCodes.OK;
        }
        out.printf("Execution %d: %s %s, %s%n", execution.id(), execution.job(), execution.describe(),
                execution.status());
        out.printf("  started %s, ended %s%n", calendar.label(calendar.fromMachineTime(execution.start())),
                calendar.label(calendar.fromMachineTime(execution.end())));
        String failure = Json.failure(execution, steps);
        if (failure != null) {
            out.println("  failure: " + failure);
        }
        out.println();
        out.printf("  %-28s %-10s %10s %10s %8s %8s %7s  %-25s  %s%n", "STEP", "STATUS", "READ", "WRITTEN",
                "FILTERED", "SKIPPED", "COMMITS", "STARTED", "ENDED");
        for (StepRecord s : steps) {
            out.printf("  %-28s %-10s %,10d %,10d %,8d %,8d %,7d  %-25s  %s%n", s.name(), s.status(), s.read(),
                    s.written(), s.filtered(), s.skipped(), s.commits(),
                    calendar.label(calendar.fromMachineTime(s.start())),
                    calendar.label(calendar.fromMachineTime(s.end())));
        }
        return ExitCodes.OK;
    }

    static void print(List<ExecutionRecord> rows, BusinessCalendar calendar, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("no executions");
            return;
        }
        out.printf("%6s  %-12s %-30s %-10s %-25s  %-25s  %s%n", "ID", "JOB", "MONTH", "STATUS", "STARTED", "ENDED",
                "EXIT");
        for (ExecutionRecord r : rows) {
            out.printf("%6d  %-12s %-30s %-10s %-25s  %-25s  %s%n", r.id(), r.job(), r.describe(), r.status(),
                    calendar.label(calendar.fromMachineTime(r.start())),
                    calendar.label(calendar.fromMachineTime(r.end())), r.exitCode() == null ? "" : r.exitCode());
        }
    }
}
