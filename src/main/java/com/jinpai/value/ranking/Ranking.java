package com.jinpai.value.ranking;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import com.jinpai.value.spend.Fen;

/**
 * Rank(c, E): among customers with an average whose status is not CLOSED, ordered by average
 * descending, then customer_id ascending in byte order, the 1-based position. Region and brand
 * ranks are the same order counted within each group.
 */
public final class Ranking {

    private Ranking() {
    }

    /** Ranked: the customer has an average and the account is not CLOSED. */
    public static boolean isRanked(long averageFen, boolean closedAccount) {
        return averageFen != Fen.NONE && !closedAccount;
    }

    /** Ranks of a month, eligibility by {@link #isRanked}. */
    public static RankedMonth rankMonth(String[] ids, long[] averageFen, boolean[] closedAccount, int[] region,
            int[] brand) {
        boolean[] eligible = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) {
            eligible[i] = isRanked(averageFen[i], closedAccount[i]);
        }
        return rank(ids, averageFen, eligible, region, brand);
    }

    /**
     * @param ids customer ids by position
     * @param averageFen rounded averages by position
     * @param eligible whether the customer at a position is ranked at all
     * @param region group number of the customer's region (0 .. regions - 1)
     * @param brand group number of the customer's brand (0 .. brands - 1)
     */
    public static RankedMonth rank(String[] ids, long[] averageFen, boolean[] eligible, int[] region, int[] brand) {
        int size = ids.length;
        Integer[] order = IntStream.range(0, size).filter(i -> eligible[i]).boxed().toArray(Integer[]::new);
        Comparator<Integer> byAverageDescending = (a, b) -> Long.compare(averageFen[b], averageFen[a]);
        Arrays.sort(order, byAverageDescending.thenComparing(i -> ids[i], CustomerIdOrder.INSTANCE));

        int[] overall = new int[size];
        int[] inRegion = new int[size];
        int[] inBrand = new int[size];
        int[] regionCount = new int[groups(region)];
        int[] brandCount = new int[groups(brand)];
        for (int position = 0; position < order.length; position++) {
            int customer = order[position];
            overall[customer] = position + 1;
            inRegion[customer] = ++regionCount[region[customer]];
            inBrand[customer] = ++brandCount[brand[customer]];
        }
        return new RankedMonth(order.length, overall, inRegion, inBrand);
    }

    private static int groups(int[] group) {
        int max = -1;
        for (int value : group) {
            max = Math.max(max, value);
        }
        return max + 1;
    }
}
