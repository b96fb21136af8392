package com.jinpai.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import com.jinpai.value.star.StarExclusion;
import com.jinpai.value.star.StarLadder;

/**
 * What the star rating of a month needs beyond the month's frame, by the frame's customer
 * positions: join dates and customer types, the star state after the previous closed month, the
 * star year's spend and suspensions before this month, and the bills this evaluation checks for
 * suspensions and the blocklist. Read by {@link StarInputs}; built by hand in engine tests.
 */
final class StarFrame {

    static final long NO_SCORE = Long.MIN_VALUE;

    final LocalDate[] joinDate;
    final String[] customerType;

    final int[] previousLevel;
    final long[] previousScore;
    final long[] previousYearSpend;
    final int[] previousSuspensions;
    final StarExclusion[] previousExclusion;
    final boolean[] previousNearStar;

    /** Spend of the star year's closed months before this one, from the join month on (fen). */
    final long[] yearSpendBefore;
    /** Suspensions found by the evaluations of the star year's months before this one. */
    final int[] suspensionsBefore;

    /** Bills whose check day falls in this evaluation, ascending. */
    List<YearMonth> checkedBills = List.of();
    /** Per checked bill: billed to date up to it, and paid from {@code paymentsFrom} to its check day. */
    long[][] checkedBilledToDate = new long[0][];
    long[][] paidToCheckDay = new long[0][];

    /** The bill whose non-payment puts a customer on the blocklist, or null; billed to date up to it. */
    YearMonth blocklistBill;
    long[] blocklistBilledToDate;

    StarFrame(int size) {
        joinDate = new LocalDate[size];
        customerType = new String[size];
        previousLevel = new int[size];
        Arrays.fill(previousLevel, StarLadder.NONE);
        previousScore = new long[size];
        Arrays.fill(previousScore, NO_SCORE);
        previousYearSpend = new long[size];
        previousSuspensions = new int[size];
        previousExclusion = new StarExclusion[size];
        previousNearStar = new boolean[size];
        yearSpendBefore = new long[size];
        suspensionsBefore = new int[size];
        blocklistBilledToDate = new long[size];
    }

    void checkBills(List<YearMonth> bills, int size) {
        checkedBills = List.copyOf(bills);
        checkedBilledToDate = new long[bills.size()][size];
        paidToCheckDay = new long[bills.size()][size];
    }
}
