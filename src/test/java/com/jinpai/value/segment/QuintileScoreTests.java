package com.jinpai.value.segment;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuintileScoreTests {

    private static boolean[] all(int size) {
        boolean[] eligible = new boolean[size];
        Arrays.fill(eligible, true);
        return eligible;
    }

    @Test
    void fiveDistinctValuesScoreOneToFive() {
        long[] values = {30, 10, 50, 20, 40};

        assertThat(QuintileScore.scores(values, all(5))).containsExactly(3, 1, 5, 2, 4);
    }

    @Test
    void tenDistinctValuesScoreInPairs() {
        long[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(QuintileScore.scores(values, all(10))).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void quintileEdgesWithSevenCustomers() {
        // k no better than itself = 1..7: ceil(5k/7) = 1, 2, 3, 3, 4, 5, 5
        long[] values = {1, 2, 3, 4, 5, 6, 7};

        assertThat(QuintileScore.scores(values, all(7))).containsExactly(1, 2, 3, 3, 4, 5, 5);
    }

    @Test
    void tiesShareAScoreAndTakeTheHigherAcrossAnEdge() {
        // 0, 0 | 5, 5, 5, 5 | 9 ... the four 5s straddle the 2/3 and 3/4 edges: k = 6 of 10 -> 3
        long[] values = {0, 0, 5, 5, 5, 5, 9, 9, 9, 9};

        assertThat(QuintileScore.scores(values, all(10))).containsExactly(1, 1, 3, 3, 3, 3, 5, 5, 5, 5);
    }

    @Test
    void allEqualScoreFive() {
        assertThat(QuintileScore.scores(new long[] {7, 7, 7}, all(3))).containsExactly(5, 5, 5);
        assertThat(QuintileScore.scores(new long[] {42}, all(1))).containsExactly(5);
    }

    @Test
    void customersNotEligibleScoreZeroAndDoNotCount() {
        long[] values = {100, 1, 2, 3, 4, 5};
        boolean[] eligible = {false, true, true, true, true, true};

        assertThat(QuintileScore.scores(values, eligible)).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void theWorstMarkerScoresLowest() {
        long[] values = {Long.MIN_VALUE, -46, -20, -10, -1, 0, 0};

        assertThat(QuintileScore.scores(values, all(7))).containsExactly(1, 2, 3, 3, 4, 5, 5);
    }
}
