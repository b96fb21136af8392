package com.jinpai.value.spend;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;

/**
 * Arrears as of a date: what was billed on bills past due, minus what was paid, never below 0.
 *
 * <p>A bill for month M is due {@code dueDays} after M ends and past due the day after. Payments
 * are allocated to bills oldest first. Bills fall due in month order, so under that allocation
 * the unpaid part of the past-due bills is {@code max(0, billed on past-due bills - all paid)};
 * what is paid beyond them goes to bills not yet due and is not arrears. "Billed" is the whole
 * bill, handset instalments included: it is what the customer owes, not what counts as spend.
 *
 * <p>Payments count from the first day after the first closed month: the earliest bill in the
 * data is issued then, and a payment made before it settles a bill the data does not hold.
 */
public final class ArrearsRule {

    private final int dueDays;

    public ArrearsRule(ArrearsProperties properties) {
        this.dueDays = properties.dueDays();
    }

    public LocalDate dueDate(YearMonth billMonth) {
        return billMonth.atEndOfMonth().plusDays(dueDays);
    }

    public boolean isPastDue(YearMonth billMonth, LocalDate asOf) {
        return asOf.isAfter(dueDate(billMonth));
    }

    /** The latest closed month whose bill is past due on {@code asOf}, or null when none is. */
    public YearMonth latestPastDue(Collection<YearMonth> closedMonths, LocalDate asOf) {
        YearMonth latest = null;
        for (YearMonth month : closedMonths) {
            if (isPastDue(month, asOf) && (latest == null || month.isAfter(latest))) {
                latest = month;
            }
        }
        return latest;
    }

    public static LocalDate paymentsCountFrom(YearMonth firstClosedMonth) {
        return firstClosedMonth.plusMonths(1).atDay(1);
    }

    public static long arrears(long billedPastDueFen, long paidFen) {
        return Math.max(0, Math.subtractExact(billedPastDueFen, paidFen));
    }
}
