package com.jinpai.value.segment;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RfmScoresTests {

    private static final RfmSegmentMap MAP = new RfmSegmentMap(new RfmProperties(new RfmProperties.Grid(
            Collections.nCopies(5, RfmSegment.LOST), Collections.nCopies(5, RfmSegment.HIBERNATING),
            Collections.nCopies(5, RfmSegment.NEED_ATTENTION), Collections.nCopies(5, RfmSegment.LOYAL),
            List.of(RfmSegment.NEW, RfmSegment.PROMISING, RfmSegment.POTENTIAL_LOYALIST, RfmSegment.CHAMPIONS,
                    RfmSegment.CHAMPIONS))));

    @Test
    void closedAccountsAreNotScoredAndNeverUsedIsTheWorstRecency() {
        int[] recencyDays = {0, 3, -1, 0};
        int[] activeDays = {30, 10, 0, 31};
        long[] spend = {50_000, 10_000, 0, 900_000};
        boolean[] closed = {false, false, false, true};

        RfmScores scores = RfmScores.score(recencyDays, activeDays, spend, closed, MAP);

        assertThat(scores.recency()).containsExactly(5, 4, 2, 0);
        assertThat(scores.frequency()).containsExactly(5, 4, 2, 0);
        assertThat(scores.monetary()).containsExactly(5, 4, 2, 0);
        assertThat(scores.segment()).containsExactly(RfmSegment.CHAMPIONS, RfmSegment.LOYAL, RfmSegment.HIBERNATING,
                null);
        assertThat(RfmScores.isScored(true)).isFalse();
    }
}
