package com.jinpai.value;

import java.util.Arrays;
import java.util.List;

import com.jinpai.value.ranking.RankedMonth;
import com.jinpai.value.ranking.TopNChange;
import com.jinpai.value.segment.RfmSegment;
import com.jinpai.value.segment.SegmentTotals;
import com.jinpai.value.segment.TierMigration;
import com.jinpai.value.segment.Trend;
import com.jinpai.value.spend.Fen;
import com.jinpai.value.tier.Tier;

/** What a month's evaluation produced, by customer position, ready to be written. */
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
    final int[] decile;
    final int[] percentileHundredths;
    final int[] movement;
    final boolean[] topN;
    final int[] recencyDays;
    final byte[] recencyScore;
    final byte[] frequencyScore;
    final byte[] monetaryScore;
    final RfmSegment[] segment;
    final Trend[] trend;
    final long[] arrears;
    final long[] billedToDate;
    final long[] paidToDate;
    final int[] lastUsageDay;
    RankedMonth ranks;
    List<TopNChange> topNChanges = List.of();
    SegmentTotals segments;
    TierMigration migration;
    StarMonth stars;

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
        decile = new int[size];
        percentileHundredths = new int[size];
        movement = new int[size];
        topN = new boolean[size];
        recencyDays = new int[size];
        recencyScore = new byte[size];
        frequencyScore = new byte[size];
        monetaryScore = new byte[size];
        segment = new RfmSegment[size];
        trend = new Trend[size];
        arrears = new long[size];
        billedToDate = new long[size];
        paidToDate = new long[size];
        lastUsageDay = new int[size];
    }
}
