package com.jinpai.value.segment;

import java.util.List;

/**
 * Named segment from the R, F and M scores: the FM score is the mean of F and M rounded half up
 * (F 5, M 4 gives 5), and the configured grid maps (R, FM) to a segment.
 */
public final class RfmSegmentMap {

    private final RfmSegment[][] grid = new RfmSegment[QuintileScore.SCORES + 1][];

    public RfmSegmentMap(RfmProperties properties) {
        RfmProperties.Grid rows = properties.segments();
        List<List<RfmSegment>> byRecency = List.of(rows.r1(), rows.r2(), rows.r3(), rows.r4(), rows.r5());
        for (int r = 1; r <= QuintileScore.SCORES; r++) {
            grid[r] = byRecency.get(r - 1).toArray(RfmSegment[]::new);
        }
    }

    public static int fmScore(int frequencyScore, int monetaryScore) {
        return (frequencyScore + monetaryScore + 1) / 2;
    }

    public RfmSegment segment(int recencyScore, int frequencyScore, int monetaryScore) {
        return grid[recencyScore][fmScore(frequencyScore, monetaryScore) - 1];
    }
}
