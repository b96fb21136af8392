package com.jinpai.value.segment;

import java.util.Arrays;

/**
 * A 1-5 score by quintile. With N scored customers and k of them no better than this one (ties
 * included, itself included), the score is ceil(5 * k / N): SQL's
 * {@code CEIL(5 * CUME_DIST() OVER (ORDER BY goodness))}. Equal values always get the same
 * score, whatever the customer order, and a tie straddling a quintile edge takes the higher
 * score, so a month where most customers used the service yesterday gives them all R = 5.
 */
public final class QuintileScore {

    /** Scores run 1 .. SCORES. */
    public static final int SCORES = 5;

    private QuintileScore() {
    }

    /**
     * @param goodness higher is better; {@link Long#MIN_VALUE} is "worst", e.g. never used
     * @param eligible whether a position is scored at all
     * @return the score by position, 0 where not eligible
     */
    public static byte[] scores(long[] goodness, boolean[] eligible) {
        int scored = 0;
        for (boolean e : eligible) {
            if (e) {
                scored++;
            }
        }
        long[] sorted = new long[scored];
        int next = 0;
        for (int i = 0; i < goodness.length; i++) {
            if (eligible[i]) {
                sorted[next++] = goodness[i];
            }
        }
        Arrays.sort(sorted);
        byte[] scores = new byte[goodness.length];
        for (int i = 0; i < goodness.length; i++) {
            if (eligible[i]) {
                long noBetter = upperBound(sorted, goodness[i]);
                scores[i] = (byte) ((SCORES * noBetter + scored - 1) / scored);
            }
        }
        return scores;
    }

    private static int upperBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        return low;
    }
}
