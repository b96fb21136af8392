package com.jinpai.value.ranking;

import com.jinpai.value.spend.Fen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTests {

    @Test
    void ranksByAverageDescendingThenCustomerIdInByteOrder() {
        String[] ids = {"C9", "c1", "C10", "A5", "B7"};
        long[] averages = {20000, 20000, 20000, 90000, 5000};
        boolean[] eligible = {true, true, true, true, true};
        int[] oneGroup = new int[5];

        RankedMonth ranks = Ranking.rank(ids, averages, eligible, oneGroup, oneGroup);

        // 900.00 first; the three 200.00 ties in byte order: "C10" < "C9" < "c1"; then 50.00
        assertThat(ranks.overall()).containsExactly(3, 4, 2, 1, 5);
        assertThat(ranks.ranked()).isEqualTo(5);
    }

    @Test
    void customersNotEligibleAreNotRankedAndTakeNoPlace() {
        String[] ids = {"A", "B", "C"};
        long[] averages = {100000, 50000, 10000};
        boolean[] eligible = {false, true, true};
        int[] oneGroup = new int[3];

        RankedMonth ranks = Ranking.rank(ids, averages, eligible, oneGroup, oneGroup);

        assertThat(ranks.overall()).containsExactly(0, 1, 2);
        assertThat(ranks.ranked()).isEqualTo(2);
    }

    @Test
    void regionAndBrandRanksCountWithinTheirGroup() {
        String[] ids = {"A", "B", "C", "D", "E"};
        long[] averages = {50000, 40000, 30000, 20000, 10000};
        boolean[] eligible = {true, true, true, true, true};
        int[] region = {0, 1, 0, 1, 0};
        int[] brand = {1, 1, 0, 0, 1};

        RankedMonth ranks = Ranking.rank(ids, averages, eligible, region, brand);

        assertThat(ranks.inRegion()).containsExactly(1, 1, 2, 2, 3);
        assertThat(ranks.inBrand()).containsExactly(1, 2, 1, 2, 3);
    }

    @Test
    void decileIsTheCeilingOfTenRankOverN() {
        assertThat(RankedMonth.decile(1, 1)).isEqualTo(10);
        assertThat(RankedMonth.decile(1, 10)).isEqualTo(1);
        assertThat(RankedMonth.decile(10, 10)).isEqualTo(10);
        assertThat(RankedMonth.decile(1, 7)).isEqualTo(2);
        assertThat(RankedMonth.decile(7, 7)).isEqualTo(10);
        assertThat(RankedMonth.decile(100, 1000)).isEqualTo(1);
        assertThat(RankedMonth.decile(101, 1000)).isEqualTo(2);
        assertThat(RankedMonth.decile(1_000_000, 1_000_000)).isEqualTo(10);
    }

    @Test
    void percentileIsOneHundredForTheBestAndRoundsHalfUp() {
        assertThat(RankedMonth.percentile(1, 1)).isEqualByComparingTo("100.00");
        assertThat(RankedMonth.percentile(1, 7)).isEqualByComparingTo("100.00");
        // 100 * 6 / 7 = 85.714 -> 85.71; 100 * 1 / 7 = 14.286 -> 14.29
        assertThat(RankedMonth.percentile(2, 7)).isEqualByComparingTo("85.71");
        assertThat(RankedMonth.percentile(7, 7)).isEqualByComparingTo("14.29");
        // 100 * 1 / 8 = 12.5 exactly; 100 * 1 / 400 = 0.25; 100 * 1 / 40000 = 0.0025 -> 0.00
        assertThat(RankedMonth.percentile(8, 8)).isEqualByComparingTo("12.50");
        assertThat(RankedMonth.percentile(400, 400)).isEqualByComparingTo("0.25");
        assertThat(RankedMonth.percentile(40000, 40000)).isEqualByComparingTo("0.00");
        // 100 * 1 / 20000 = 0.005 -> 0.01: a half rounds up
        assertThat(RankedMonth.percentile(20000, 20000)).isEqualByComparingTo("0.01");
        assertThat(RankedMonth.percentile(2, 3).scale()).isEqualTo(2);
    }

    @Test
    void onlyCustomersWithAnAverageAndAnOpenAccountAreRanked() {
        assertThat(Ranking.isRanked(Fen.NONE, false)).isFalse();
        assertThat(Ranking.isRanked(10_000, true)).isFalse();
        RankedMonth ranks = Ranking.rankMonth(new String[] {"A", "B", "C"}, new long[] {5_000, 9_000, Fen.NONE},
                new boolean[] {false, true, false}, new int[] {0, 0, 0}, new int[] {0, 0, 0});
        assertThat(ranks.overall()).containsExactly(1, 0, 0);
        assertThat(ranks.decileAt(0)).as("ceil(10 * 1 / 1)").isEqualTo(10);
        assertThat(ranks.decileAt(1)).isEqualTo(RankedMonth.NO_DECILE);
        assertThat(ranks.percentileHundredthsAt(0)).isEqualTo(10_000);
        assertThat(ranks.percentileHundredthsAt(2)).isEqualTo(RankedMonth.NO_PERCENTILE);
    }

    @Test
    void movementIsPlacesGainedAndNeedsBothRanks() {
        assertThat(RankedMonth.movement(3, 7)).isEqualTo(4);
        assertThat(RankedMonth.movement(7, 3)).isEqualTo(-4);
        assertThat(RankedMonth.movement(5, 5)).isZero();
        assertThat(RankedMonth.movement(0, 5)).isEqualTo(RankedMonth.NO_MOVEMENT);
        assertThat(RankedMonth.movement(5, 0)).isEqualTo(RankedMonth.NO_MOVEMENT);
    }
}
