package com.jinpai.value;

import java.util.List;

import com.jinpai.value.ranking.RankedMonth;
import com.jinpai.value.ranking.TopNChange;
import com.jinpai.value.segment.RfmSegment;
import com.jinpai.value.segment.SegmentTotals;
import com.jinpai.value.segment.TierMigration;
import com.jinpai.value.segment.Trend;
import com.jinpai.value.tier.Tier;

/**
 * The figures of a month that need every customer of it at once: ranks, percentile, decile,
 * movement, top-N and its changes, RFM quintile scores and segments, segment totals and the tier
 * migration matrix, and the month's summary ({@link ValueSummaryTally}). The inputs are the per-customer figures by position, taken either from a
 * whole month evaluated in memory or read back from the rows the partitions wrote; the results
 * are filled in by {@link MonthCalculator#rankMonth}.
 */
final class WholeMonth {

    final int size;
    final String[] ids;
    /** Each customer's star segment (level, NEAR_STAR or null), for the STAR dimension of the segment totals. */
    final String[] starSegment;
    /** Each customer's VIP flag, star level and star level before the evaluation (null: none), for the month's summary. */
    final boolean[] vip;
    final String[] starLevel;
    final String[] previousStarLevel;
    /** Whether the month is the open month's estimate. */
    boolean estimated;
    final long[] average;
    final boolean[] closed;
    final int[] region;
    final int[] brand;
    final Dictionary regions;
    final Dictionary brands;
    final int[] recencyDays;
    final int[] activeDays;
    final long[] spend;
    final Tier[] tier;
    final Tier[] previousTier;
    final Trend[] trend;
    final int[] previousRank;
    final boolean[] previousTopN;

    RankedMonth ranks;
    boolean[] topN;
    int[] decile;
    int[] percentileHundredths;
    int[] movement;
    byte[] recencyScore;
    byte[] frequencyScore;
    byte[] monetaryScore;
    RfmSegment[] segment;
    SegmentTotals segments;
    List<TopNChange> topNChanges = List.of();
    TierMigration migration;

    WholeMonth(String[] ids, long[] average, boolean[] closed, int[] region, int[] brand, Dictionary regions,
            Dictionary brands, int[] recencyDays, int[] activeDays, long[] spend, Tier[] tier, Tier[] previousTier,
            Trend[] trend, int[] previousRank, boolean[] previousTopN) {
        this.size = ids.length;
        this.ids = ids;
        this.average = average;
        this.closed = closed;
        this.region = region;
        this.brand = brand;
        this.regions = regions;
        this.brands = brands;
        this.recencyDays = recencyDays;
        this.activeDays = activeDays;
        this.spend = spend;
        this.tier = tier;
        this.previousTier = previousTier;
        this.trend = trend;
        this.previousRank = previousRank;
        this.previousTopN = previousTopN;
        this.starSegment = new String[ids.length];
        this.vip = new boolean[ids.length];
        this.starLevel = new String[ids.length];
        this.previousStarLevel = new String[ids.length];
    }

    /** A month evaluated whole in memory: its frame and per-customer values. */
    static WholeMonth of(MonthFrame frame, MonthValues values) {
        History history = frame.history;
        WholeMonth whole = new WholeMonth(frame.ids, values.average, frame.closed, frame.region, frame.brand,
                frame.regions, frame.brands, values.recencyDays, frame.activeDays, values.spend, values.tier,
                values.previousTier, values.trend, history.previousRank, history.previousTopN);
        whole.estimated = values.estimated;
        for (int i = 0; i < frame.size; i++) {
            whole.starSegment[i] = values.stars.segment(i);
            whole.vip[i] = values.vip[i];
            whole.starLevel[i] = values.stars.ladder.name(values.stars.level[i]);
            whole.previousStarLevel[i] = values.stars.ladder.name(values.stars.previousLevel[i]);
        }
        return whole;
    }
}
