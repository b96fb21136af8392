package com.jinpai.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

import com.jinpai.value.spend.ArrearsRule;
import com.jinpai.value.spend.AverageWindow;

/**
 * The months around an evaluated month: the closed months up to it, the previous closed month
 * whose state carries forward, the average windows, the latest past-due bill and the days whose
 * payments belong to this evaluation.
 *
 * @param month the evaluated month (closed, or the open month of an estimate)
 * @param asOf the day arrears, recency and dormancy are taken on: the month's last day when
 *        closed, the night's date for an estimate
 * @param closedMonths closed months up to and including {@code month}, ascending
 */
record ValueCalendar(YearMonth month, LocalDate asOf, List<YearMonth> closedMonths) {

    ValueCalendar {
        closedMonths = List.copyOf(new TreeSet<>(closedMonths).headSet(month, true));
    }

    /** The latest closed month before {@code month}, or null. */
    YearMonth previousClosed() {
        YearMonth previous = null;
        for (YearMonth closed : closedMonths) {
            if (closed.isBefore(month)) {
                previous = closed;
            }
        }
        return previous;
    }

    AverageWindow window(int length) {
        return AverageWindow.ending(month, length, closedMonths);
    }

    AverageWindow priorWindow(int length) {
        return AverageWindow.ending(month.minusMonths(1), length, closedMonths);
    }

    YearMonth latestPastDue(ArrearsRule arrears) {
        return arrears.latestPastDue(closedMonths, asOf);
    }

    /**
     * First day whose payments this evaluation adds to the previous closed month's paid-to-date:
     * the day after that month, or the day payments start counting when there is none.
     * Null when there is no closed month at all.
     */
    LocalDate paymentsFrom() {
        YearMonth previous = previousClosed();
        if (previous != null) {
            return previous.atEndOfMonth().plusDays(1);
        }
        return closedMonths.isEmpty() ? null : ArrearsRule.paymentsCountFrom(closedMonths.get(0));
    }

    /** Earlier closed months whose rows the evaluation reads, ascending. */
    List<YearMonth> historyMonths(int windowLength, ArrearsRule arrears) {
        TreeSet<YearMonth> months = new TreeSet<>(priorWindow(windowLength).months());
        months.addAll(window(windowLength).months());
        YearMonth previous = previousClosed();
        if (previous != null) {
            months.add(previous);
        }
        YearMonth pastDue = latestPastDue(arrears);
        if (pastDue != null) {
            months.add(pastDue);
        }
        months.remove(month);
        return List.copyOf(months);
    }
}
