package com.jinpai.action.flow;

import java.time.YearMonth;

import com.jinpai.run.JobNames;
import org.jspecify.annotations.Nullable;

/**
 * Whether a run's month is "now", the only period that issues actions: for {@code nightly} the open
 * month (after the latest closed one); for {@code month-close} the month it closes when that is the
 * latest closed month. Re-closing or backfilling a past month recomputes its tables and issues
 * nothing about a superseded period, so a first install that backfills a year lists today only.
 */
final class CurrentPeriod {

    private CurrentPeriod() {
    }

    /**
     * @param job the job's name; any other job (a test job of the flow alone) issues for the latest
     *        closed month or later
     * @param latestClosed the latest closed month, null when none is closed yet
     */
    static boolean issues(String job, YearMonth month, @Nullable YearMonth latestClosed) {
        if (JobNames.MONTH_CLOSE.equals(job)) {
            return month.equals(latestClosed);
        }
        if (JobNames.NIGHTLY.equals(job)) {
            return latestClosed == null || month.isAfter(latestClosed);
        }
        return latestClosed == null || !month.isBefore(latestClosed);
    }
}
