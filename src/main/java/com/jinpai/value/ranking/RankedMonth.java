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

    /** ceil(10 * rank / N): 1 is the top tenth. */
    public static int decile(int rank, int ranked) {
        return (int) ((DECILES * (long) rank + ranked - 1) / ranked);
    }

    /** 100 * (N - rank + 1) / N, HALF_UP to 2 decimals: the best customer is 100.00. */
    public static BigDecimal percentile(int rank, int ranked) {
        long hundredths = Fen.divideHalfUp(PERCENT_IN_HUNDREDTHS * ((long) ranked - rank + 1), ranked);
        return BigDecimal.valueOf(hundredths, 2);
    }
}
