package com.jinpai.value.segment;

/**
 * The RFM scores of a month (SPEC 3.5): recency (days since the last usage, fewer is better, never
 * used is worst), frequency (active usage days) and monetary (month spend), each 1-5 by quintile
 * among the customers whose account is not CLOSED, and the named segment from the grid.
 *
 * @param recency score by position, 0 where not scored
 * @param segment segment by position, null where not scored
 */
public record RfmScores(byte[] recency, byte[] frequency, byte[] monetary, RfmSegment[] segment) {

    /** A CLOSED account is not scored. */
    public static boolean isScored(boolean closedAccount) {
        return !closedAccount;
    }

    /**
     * @param recencyDays days since the last usage by position, negative when never used
     * @param activeDays active usage days of the month by position
     * @param spendFen month spend by position
     * @param closedAccount whether the account at a position is CLOSED
     */
    public static RfmScores score(int[] recencyDays, int[] activeDays, long[] spendFen, boolean[] closedAccount,
            RfmSegmentMap map) {
        int size = recencyDays.length;
        boolean[] scored = new boolean[size];
        long[] recencyGoodness = new long[size];
        long[] frequency = new long[size];
        for (int i = 0; i < size; i++) {
            scored[i] = isScored(closedAccount[i]);
            recencyGoodness[i] = recencyDays[i] < 0 ? Long.MIN_VALUE : -recencyDays[i];
            frequency[i] = activeDays[i];
        }
        byte[] r = QuintileScore.scores(recencyGoodness, scored);
        byte[] f = QuintileScore.scores(frequency, scored);
        byte[] m = QuintileScore.scores(spendFen, scored);
        RfmSegment[] segment = new RfmSegment[size];
        for (int i = 0; i < size; i++) {
            if (scored[i]) {
                segment[i] = map.segment(r[i], f[i], m[i]);
            }
        }
        return new RfmScores(r, f, m, segment);
    }
}
