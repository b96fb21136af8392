package com.jinpai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;

import com.jinpai.operations.Backfill;
import com.jinpai.operations.RunResult;
import com.jinpai.run.JobNames;
import com.jinpai.system.BusinessCalendar;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = {"Run a job for every month from --from to --to, oldest first. Months that already "
                + "completed are skipped, so the same backfill can be run again.",
                "Stops at the first month that fails or is already running, and prints the commands that finish "
                        + "the backfill."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every month completed (now or before)",
                "1:a month failed (the message says which execution to restart)",
                "2:usage error (unknown job, --from after --to, a month in the future)",
                "3:a month is already running"})
class BackfillCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOB", description = "nightly or month-close")
    String job;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM", converter = Converters.Month.class,
            description = "first month")
    YearMonth from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM", converter = Converters.Month.class,
            description = "last month (included)")
    YearMonth to;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "month-close: the day every month's lists are published (default today); nightly: each "
                    + "month's default")
    LocalDate asOf;

    @Option(names = "--inbox", paramLabel = "DIR", converter = Converters.CallerPath.class,
            description = "read every month's exports from DIR instead of jinpai.inbox")
    Path inbox;

    private final Launcher launcher;

    BackfillCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (from.isAfter(to)) {
            err.println("--from " + from + " is after --to " + to);
            return ExitCodes.USAGE;
        }
        ApplicationContext app = launcher.start(Needs.JOBS);
        Backfill backfill = app.getBean(Backfill.class);
        BusinessCalendar calendar = app.getBean(BusinessCalendar.class);
        if (to.isAfter(calendar.currentMonth())) {
            err.println("--to " + to + " is in the future (today is " + calendar.today() + ")");
            return ExitCodes.USAGE;
        }
        if (asOf != null && JobNames.NIGHTLY.equals(job) && !from.equals(to)) {
            err.println("--as-of names one night, but a nightly backfill runs one night per month; leave it out "
                    + "(each month then runs as of its last day), or backfill one month");
            return ExitCodes.USAGE;
        }
        Backfill.Result result = backfill.run(job, from, to, asOf, inbox, month -> {
            RunResult r = month.result();
            String what = switch (r.outcome()) {
                case COMPLETED -> "completed (execution " + r.execution().getId() + ")";
                case ALREADY_COMPLETE -> "already completed, skipped";
                default -> r.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            };
            out.printf("%s %s: %s%n", job, month.month(), what);
            out.flush();
        });
        if (result.stoppedAt() == null) {
            out.printf("Backfill of %s from %s to %s done: %d month(s).%n", job, from, to, result.months().size());
            out.flush();
            return ExitCodes.OK;
        }
        RunResult stop = result.stoppedAt().result();
        err.println("Backfill stopped at " + result.stoppedAt().month() + ": " + stop.message());
        List<String> resume = result.howToResume();
        if (!resume.isEmpty() && stop.outcome() != RunResult.Outcome.REJECTED) {
            err.println(stop.outcome() == RunResult.Outcome.FAILED ? "To finish the backfill, fix the cause, then run:"
                    : "To finish the backfill once that run has ended, run:");
            resume.forEach(command -> err.println("  " + command));
        }
        err.flush();
        return ExitCodes.of(stop);
    }
}
