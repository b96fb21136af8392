package com.jinpai.value.star;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import com.jinpai.value.spend.ArrearsRule;

/**
 * Arrears suspensions and the blocklist, from bills and payments with the arrears rule's due dates
 * and its oldest-bill-first settlement ({@link ArrearsRule}): under that settlement the bill of month
 * B is still (partly) unpaid on day D exactly when {@code ArrearsRule.arrears(billed up to B, paid up
 * to D) > 0}.
 * <ul>
 * <li>Suspension: the bill of B still unpaid on its check day, {@code days-after-due} after its due
 *     date. It is found by the evaluation of the first closed month whose last day is on or after
 *     the check day, and belongs to that month's star year.</li>
 * <li>Blocklist: on the evaluated month's last day, a bill is still unpaid that fell due more than
 *     {@code blocklist-days-after-due} days before.</li>
 * </ul>
 */
public final class SuspensionRule {

    private final ArrearsRule arrears;
    private final int daysAfterDue;
    private final int blocklistDays;

    public SuspensionRule(ArrearsRule arrears, StarProperties properties) {
        this.arrears = arrears;
        this.daysAfterDue = properties.suspension().daysAfterDue();
        this.blocklistDays = properties.exclusions().blocklistDaysAfterDue();
    }

    /** The day a bill of {@code billMonth} is checked: its due date plus {@code days-after-due}. */
    public LocalDate checkDay(YearMonth billMonth) {
        return arrears.dueDate(billMonth).plusDays(daysAfterDue);
    }

    /**
     * The bills an evaluation checks: closed months whose check day is after {@code previousAsOf}
     * (null at the first evaluation) and on or before {@code asOf}, ascending.
     */
    public List<YearMonth> billsCheckedBetween(Collection<YearMonth> closedMonths, LocalDate previousAsOf,
            LocalDate asOf) {
        return closedMonths.stream().filter(month -> {
            LocalDate check = checkDay(month);
            return !check.isAfter(asOf) && (previousAsOf == null || check.isAfter(previousAsOf));
        }).sorted().toList();
    }

    /** Whether what was paid by the check day leaves the bill unpaid (billed up to it, cumulative). */
    public static boolean isSuspension(long billedToDateFen, long paidByCheckDayFen) {
        return ArrearsRule.arrears(billedToDateFen, paidByCheckDayFen) > 0;
    }

    /** The latest bill that fell due more than {@code blocklist-days-after-due} days before {@code asOf}, or null. */
    public YearMonth blocklistBill(Collection<YearMonth> closedMonths, LocalDate asOf) {
        return arrears.latestPastDue(closedMonths, asOf.minusDays(blocklistDays));
    }

    /** Unpaid on {@code asOf}, that bill puts the customer on the blocklist. */
    public static boolean isBlocklisted(long billedToDateOfThatBillFen, long paidToDateFen) {
        return ArrearsRule.arrears(billedToDateOfThatBillFen, paidToDateFen) > 0;
    }
}
