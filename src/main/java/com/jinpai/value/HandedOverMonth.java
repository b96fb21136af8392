package com.jinpai.value;

import java.util.Arrays;
import java.util.List;

import com.jinpai.value.ranking.CustomerIdOrder;
import com.jinpai.value.segment.Trend;
import com.jinpai.value.tier.Tier;

/**
 * A month whose partitions handed their customers over in memory ({@link MonthHandover}), as one
 * {@link WholeMonth} in customer-id order (the order of {@code customer_month}'s key, so its rows
 * are written in key order), and for each position the partition and the position in it.
 */
final class HandedOverMonth {

    final List<MonthHandover.Part> parts;
    final WholeMonth whole;
    /** The part of each position of {@link #whole}. */
    final int[] part;
    /** The position in its part's frame of each position of {@link #whole}. */
    final int[] local;

    private HandedOverMonth(List<MonthHandover.Part> parts, WholeMonth whole, int[] part, int[] local) {
        this.parts = parts;
        this.whole = whole;
        this.part = part;
        this.local = local;
    }

    static HandedOverMonth of(List<MonthHandover.Part> parts) {
        int size = parts.stream().mapToInt(p -> p.frame().size).sum();
        String[] unordered = new String[size];
        int[] partOf = new int[size];
        int[] localOf = new int[size];
        int next = 0;
        for (int k = 0; k < parts.size(); k++) {
            MonthFrame frame = parts.get(k).frame();
            for (int i = 0; i < frame.size; i++) {
                unordered[next] = frame.ids[i];
                partOf[next] = k;
                localOf[next++] = i;
            }
        }
        Integer[] order = new Integer[size];
        Arrays.setAll(order, g -> g);
        Arrays.sort(order, (a, b) -> CustomerIdOrder.INSTANCE.compare(unordered[a], unordered[b]));
        int[] part = new int[size];
        int[] local = new int[size];
        for (int g = 0; g < size; g++) {
            part[g] = partOf[order[g]];
            local[g] = localOf[order[g]];
        }
        Dictionary regions = new Dictionary();
        Dictionary brands = new Dictionary();
        WholeMonth whole = new WholeMonth(new String[size], new long[size], new boolean[size], new int[size],
                new int[size], regions, brands, new int[size], new int[size], new long[size], new Tier[size],
                new Tier[size], new Trend[size], new int[size], new boolean[size]);
        for (int g = 0; g < size; g++) {
            MonthFrame frame = parts.get(part[g]).frame();
            MonthValues values = parts.get(part[g]).values();
            int i = local[g];
            whole.ids[g] = frame.ids[i];
            whole.average[g] = values.average[i];
            whole.closed[g] = frame.closed[i];
            whole.region[g] = regions.number(frame.regions.value(frame.region[i]));
            whole.brand[g] = brands.number(frame.brands.value(frame.brand[i]));
            whole.recencyDays[g] = values.recencyDays[i];
            whole.activeDays[g] = frame.activeDays[i];
            whole.spend[g] = values.spend[i];
            whole.tier[g] = values.tier[i];
            whole.previousTier[g] = values.previousTier[i];
            whole.trend[g] = values.trend[i];
            whole.previousRank[g] = frame.history.previousRank[i];
            whole.previousTopN[g] = frame.history.previousTopN[i];
            whole.starSegment[g] = values.stars.segment(i);
            whole.vip[g] = values.vip[i];
            whole.starLevel[g] = values.stars.ladder.name(values.stars.level[i]);
            whole.previousStarLevel[g] = values.stars.ladder.name(values.stars.previousLevel[i]);
            whole.estimated |= values.estimated;
        }
        return new HandedOverMonth(parts, whole, part, local);
    }
}
