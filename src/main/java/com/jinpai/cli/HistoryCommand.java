package com.jinpai.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.jinpai.operations.ExecutionHistory;
import com.jinpai.operations.ExecutionRecord;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
@Scope("prototype")
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List job executions, newest first.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:listed", "2:usage error"})
class HistoryCommand implements Callable<Integer> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--job", paramLabel = "JOB", description = "only this job (nightly, month-close)")
    String job;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = Converters.Month.class,
            description = "only runs about this month")
    java.time.YearMonth month;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "only this status: COMPLETED, FAILED, STOPPED, STARTED, ABANDONED")
    String status;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "only executions started on or after this day")
    java.time.LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "only executions started on or before this day")
    java.time.LocalDate to;

    @Option(names = "--limit", defaultValue = "20", description = "at most this many rows (default ${DEFAULT-VALUE})")
    int limit;

    private final ExecutionHistory history;

    HistoryCommand(ExecutionHistory history) {
        this.history = history;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (from != null && to != null && from.isAfter(to)) {
            spec.commandLine().getErr().println("--from " + from + " is after --to " + to);
            return ExitCodes.USAGE;
        }
        List<ExecutionRecord> rows = history.find(new ExecutionHistory.Filter(job, month == null ? null
                : month.toString(), status == null ? null : status.toUpperCase(Locale.ROOT), from, to), limit);
        print(rows, out);
        out.flush();
        return ExitCodes.OK;
    }

    static void print(List<ExecutionRecord> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("no executions");
            return;
        }
        out.printf("%6s  %-12s %-30s %-10s %-19s  %-19s  %s%n", "ID", "JOB", "MONTH", "STATUS", "STARTED", "ENDED",
                "EXIT");
        for (ExecutionRecord r : rows) {
            out.printf("%6d  %-12s %-30s %-10s %-19s  %-19s  %s%n", r.id(), r.job(), r.describe(), r.status(),
                    r.start() == null ? "-" : TIME.format(r.start()), r.end() == null ? "-" : TIME.format(r.end()),
                    r.exitCode() == null ? "" : r.exitCode());
        }
    }
}
