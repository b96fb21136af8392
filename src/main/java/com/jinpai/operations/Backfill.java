package com.jinpai.operations;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.jinpai.operations.RunResult.Outcome;

/**
 * Runs a job for a range of months, oldest first, because each month's tiers build on the month
 * before. A month that already completed is skipped (so the same backfill can be repeated); the
 * first month that fails or is already running stops the backfill, and the result says how to go on.
 */
@Service
public class Backfill {

    private final JobRunner runner;

    public Backfill(JobRunner runner) {
        this.runner = runner;
    }

    /**
     * @param asOf the business day of every month's run (month-close: the day the lists are
     *     published), or null for each run's default
     * @param inbox the inbox every month's run reads, or null for {@code jinpai.inbox}
     */
    public Result run(String job, YearMonth from, YearMonth to, @Nullable LocalDate asOf, @Nullable Path inbox,
            Consumer<MonthResult> progress) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        List<MonthResult> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            MonthResult result = new MonthResult(month, runner.run(new RunRequest(job, month, asOf, inbox)));
            months.add(result);
            progress.accept(result);
            if (!result.done()) {
                return new Result(job, from, to, asOf, inbox, months, result);
            }
        }
        return new Result(job, from, to, asOf, inbox, months, null);
    }

    /** One month of a backfill. */
    public record MonthResult(YearMonth month, RunResult result) {

        /** Completed now or before: the backfill goes on. */
        public boolean done() {
            return result.outcome() == Outcome.COMPLETED || result.outcome() == Outcome.ALREADY_COMPLETE;
        }
    }

    /** The months run, and the month that stopped the backfill (null when all are done). */
    public record Result(String job, YearMonth from, YearMonth to, @Nullable LocalDate asOf, @Nullable Path inbox,
            List<MonthResult> months, @Nullable MonthResult stoppedAt) {

        /** The commands that finish the backfill after the cause of the stop is fixed. */
        public List<String> howToResume() {
            if (stoppedAt == null) {
                return List.of();
            }
            List<String> commands = new ArrayList<>();
            YearMonth rest = stoppedAt.month();
            RunResult result = stoppedAt.result();
            if (result.outcome() == Outcome.FAILED && result.execution() != null) {
                commands.add("jinpai restart " + result.execution().getId());
                rest = rest.plusMonths(1);
            }
            if (!rest.isAfter(to)) {
                commands.add("jinpai backfill " + job + " --from " + rest + " --to " + to
                        + (asOf == null ? "" : " --as-of " + asOf) + (inbox == null ? "" : " --inbox " + inbox));
            }
            return commands;
        }
    }
}
