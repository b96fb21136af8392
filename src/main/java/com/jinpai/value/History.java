package com.jinpai.value;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import com.jinpai.value.spend.Fen;
import com.jinpai.value.tier.Tier;

/**
 * Earlier closed months' rows of {@code customer_month} for the customers of a frame: spend and
 * billed-to-date for every loaded month (average windows, past-due bills), and the full state of
 * the previous closed month (tier and grace count, rank, top-N, running totals, last usage).
 */
final class History {

    final List<YearMonth> months;
    final YearMonth previous;
    private final boolean[][] present;
    private final long[][] spend;
    private final long[][] billedToDate;

    final boolean[] hasPrevious;
    final byte[] previousTier;
    final byte[] previousIndicated;
    final int[] previousLowerCount;
    final long[] previousAverage;
    final int[] previousAverageMonths;
    final int[] previousRank;
    final boolean[] previousTopN;
    final long[] previousPaidToDate;
    final long[] previousBilledToDate;
    final int[] previousLastUsageDay;
    final long[] previousPlan;

    History(List<YearMonth> months, YearMonth previous, int size) {
        this.months = List.copyOf(months);
        this.previous = previous;
        this.present = new boolean[months.size()][size];
        this.spend = new long[months.size()][size];
        this.billedToDate = new long[months.size()][size];
        this.hasPrevious = new boolean[size];
        this.previousTier = new byte[size];
        this.previousIndicated = new byte[size];
        this.previousLowerCount = new int[size];
        this.previousAverage = new long[size];
        Arrays.fill(previousAverage, Fen.NONE);
        this.previousAverageMonths = new int[size];
        this.previousRank = new int[size];
        this.previousTopN = new boolean[size];
        this.previousPaidToDate = new long[size];
        this.previousBilledToDate = new long[size];
        this.previousLastUsageDay = new int[size];
        Arrays.fill(previousLastUsageDay, MonthFrame.NO_DAY);
        this.previousPlan = new long[size];
    }

    int slot(YearMonth month) {
        return months.indexOf(month);
    }

    void putMonth(int slot, int position, long spendFen, long billedToDateFen) {
        present[slot][position] = true;
        spend[slot][position] = spendFen;
        billedToDate[slot][position] = billedToDateFen;
    }

    /** Spend(c, M) of a loaded month; 0 when the customer has no row for it (no bill line). */
    long spend(int slot, int position) {
        return spend[slot][position];
    }

    /** Billed to date at the end of a loaded month; 0 when the customer had no row then. */
    long billedToDate(int slot, int position) {
        return present[slot][position] ? billedToDate[slot][position] : 0;
    }

    Tier previousTier(int position) {
        return Tier.at(previousTier[position]);
    }
}
