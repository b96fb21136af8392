package com.jinpai.value.ranking;

import java.math.BigDecimal;

import com.jinpai.value.spend.Fen;

/**
 * Ranks of one month, by customer position; 0 means not ranked (no average, or CLOSED).
 *
 * @param ranked N, the number of ranked customers
 * @param overall 1-based rank among all ranked customers
 * @param inRegion 1-based rank among ranked customers of the same region
 * @param inBrand 1-based rank among ranked customers of the same brand
 */
public record RankedMonth(int ranked, int[] overall, int[] inRegion, int[] inBrand) {

    private static final int DECILES = 10;
    private static final int PERCENT_IN_HUNDREDTHS = 10_000;

    /** No decile: the customer is not ranked. */
    public static final int NO_DECILE = 0;
    /** No percentile: the customer is not ranked. */
    public static final int NO_PERCENTILE = -1;
    /** No movement: not ranked this month or the month before. */
    public static final int NO_MOVEMENT = Integer.MIN_VALUE;

    /** The decile of the customer at a position, {@link #NO_DECILE} when not ranked. */
    public int decileAt(int position) {
        int rank = overall[position];
        return rank > 0 ? decile(rank, ranked) : NO_DECILE;
    }

    /** The percentile in hundredths (10000 = 100.00) of the customer at a position, {@link #NO_PERCENTILE} when not ranked. */
    public int percentileHundredthsAt(int position) {
        int rank = overall[position];
        return rank > 0 ? (int) percentileHundredths(rank, ranked) : NO_PERCENTILE;
    }

    /**
     * Places gained against the previous month (previous rank minus this rank: up is positive), or
     * {@link #NO_MOVEMENT} when either month has no rank.
     */
    public static int movement(int rankNow, int rankBefore) {
        return rankNow > 0 && rankBefore > 0 ? rankBefore - rankNow : NO_MOVEMENT;
    }

    /** ceil(10 * rank / N): 1 is the top tenth. */
    public static int decile(int rank, int ranked) {
        return (int) ((DECILES * (long) rank + ranked - 1) / ranked);
    }

    /** 100 * (N - rank + 1) / N, HALF_UP to 2 decimals: the best customer is 100.00. */
    public static BigDecimal percentile(int rank, int ranked) {
        return BigDecimal.valueOf(percentileHundredths(rank, ranked), 2);
    }

    private static long percentileHundredths(int rank, int ranked) {
        return Fen.divideHalfUp(PERCENT_IN_HUNDREDTHS * ((long) ranked - rank + 1), ranked);
    }
}
