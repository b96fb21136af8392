package com.jinpai.value;

import java.util.Arrays;

import com.jinpai.value.segment.Trend;
import com.jinpai.value.spend.Fen;
import com.jinpai.value.tier.Tier;

/**
 * What a month's evaluation produced, by customer position, ready to be written: the
 * per-customer figures, and the whole-month ones in {@link #whole} once every customer was seen.
 */
final class MonthValues {

    final boolean estimated;
    final long[] spend;
    final long[] average;
    final int[] averageMonths;
    final long[] priorAverage;
    final Tier[] tier;
    final Tier[] indicated;
    final Tier[] previousTier;
    final boolean[] vip;
    final int[] lowerCount;
    final boolean[] inGrace;
    final int[] recencyDays;
    final Trend[] trend;
    final long[] arrears;
    final long[] billedToDate;
    final long[] paidToDate;
    final int[] lastUsageDay;
    StarMonth stars;
    /** The whole-month figures; null in a partition's values, whose rows get them after the partitions. */
    WholeMonth whole;

    MonthValues(int size, boolean estimated) {
        this.estimated = estimated;
        spend = new long[size];
        average = new long[size];
        Arrays.fill(average, Fen.NONE);
        averageMonths = new int[size];
        priorAverage = new long[size];
        Arrays.fill(priorAverage, Fen.NONE);
        tier = new Tier[size];
        indicated = new Tier[size];
        previousTier = new Tier[size];
        vip = new boolean[size];
        lowerCount = new int[size];
        inGrace = new boolean[size];
        recencyDays = new int[size];
        trend = new Trend[size];
        arrears = new long[size];
        billedToDate = new long[size];
        paidToDate = new long[size];
        lastUsageDay = new int[size];
    }
}
