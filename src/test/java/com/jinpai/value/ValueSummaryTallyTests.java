package com.jinpai.value;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Random;

import com.jinpai.value.ParetoCurve.ParetoPoint;
import com.jinpai.value.spend.Fen;
import com.jinpai.value.tier.Tier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ValueSummaryTallyTests {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    /** The curve of a month in memory, in customer order, is the curve of its spends streamed largest first. */
    @Test
    void paretoPointsOfAMonthInMemoryAreTheCurveOfItsSpendsSortedLargestFirst() {
        Random random = new Random(20261101);
        for (int size : new int[] {1, 3, 7, 100, 1_001, 25_000}) {
            for (int points : new int[] {2, 100, 1000}) {
                long[] spends = new long[size];
                ValueSummaryTally tally = new ValueSummaryTally(MONTH, size);
                for (int i = 0; i < size; i++) {
                    // ties, zeros and a few credits (negative spends) among them
                    spends[i] = random.nextInt(10) == 0 ? 5_000 : random.nextInt(200_000) - 2_000;
                    tally.add(spends[i], 0, false, Tier.SILVER, Tier.SILVER, null, null, false);
                }
                long[] sorted = spends.clone();
                Arrays.sort(sorted);
                ParetoCurve streamed = new ParetoCurve(size, points);
                for (int i = size - 1; i >= 0; i--) {
                    streamed.add(new BigDecimal(Fen.yuan(sorted[i]).toPlainString()));
                }

                assertThat(tally.summary(points).pareto()).as("%d customers, %d points", size, points)
                        .isEqualTo(streamed.points());
            }
        }
    }

    @Test
    void theFiguresOfAMonth() {
        ValueSummaryTally tally = new ValueSummaryTally(MONTH, 2);
        // spend, decile, VIP, tier, previous tier, star, star before
        tally.add(150_000, 1, true, Tier.DIAMOND, Tier.GOLD, "GOLD_STAR", null, false);
        tally.add(60_000, 2, true, Tier.PLATINUM, Tier.PLATINUM, "GOLD_STAR", "GOLD_STAR", false);
        tally.add(40_000, 3, true, Tier.GOLD, Tier.PLATINUM, null, "GOLD_STAR", false);
        tally.add(30_000, 0, false, Tier.SILVER, null, null, null, false);
        tally.add(20_000, 5, false, Tier.SILVER, Tier.NEW, null, null, false);
        tally.add(0, 0, false, Tier.NEW, null, null, null, false);

        MonthSummary month = tally.summary(4);
        ValueSummary summary = month.summary();

        assertThat(summary.customers()).isEqualTo(6);
        assertThat(summary.vipCustomers()).isEqualTo(3);
        assertThat(summary.revenue()).isEqualTo(new BigDecimal("3000.00"));
        assertThat(summary.topDecileRevenue()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(summary.topDecileRevenueShare()).isEqualTo(new BigDecimal("0.5000"));
        assertThat(summary.topDecilePercentOrNull()).isEqualByComparingTo("50");
        assertThat(summary.rankedCustomers()).isEqualTo(4);
        assertThat(summary.starCustomers()).isEqualTo(2);
        assertThat(summary.upgrades()).as("GOLD to DIAMOND").isEqualTo(1);
        assertThat(summary.downgrades()).as("PLATINUM to GOLD").isEqualTo(1);
        assertThat(summary.newlyTiered()).as("nothing and NEW to SILVER; NEW staying NEW is no move").isEqualTo(2);
        assertThat(summary.estimated()).isFalse();
        assertThat(summary.customersPerTier()).containsExactly(java.util.Map.entry(Tier.NEW, 1L),
                java.util.Map.entry(Tier.STANDARD, 0L), java.util.Map.entry(Tier.SILVER, 2L),
                java.util.Map.entry(Tier.GOLD, 1L), java.util.Map.entry(Tier.PLATINUM, 1L),
                java.util.Map.entry(Tier.DIAMOND, 1L));
        assertThat(month.revenuePerTier()).containsEntry(Tier.SILVER, new BigDecimal("500.00"))
                .doesNotContainKey(Tier.STANDARD);
        assertThat(month.starMoves()).extracting(StarMove::from, StarMove::to, StarMove::customers).containsExactly(
                tuple("GOLD_STAR", "GOLD_STAR", 1L), tuple("GOLD_STAR", "NONE", 1L), tuple("NONE", "GOLD_STAR", 1L),
                tuple("NONE", "NONE", 3L));
        assertThat(month.pareto()).containsExactly(point("0.00", "0.00"), point("33.33", "70.00"),
                point("50.00", "83.33"), point("83.33", "100.00"), point("100.00", "100.00"));
    }

    @Test
    void anEstimateCountsNoStarMovesAndAMonthWithoutRevenueHasNoTopDecileShare() {
        ValueSummaryTally tally = new ValueSummaryTally(MONTH, 1);
        tally.add(0, 1, false, Tier.GOLD, Tier.GOLD, "GOLD_STAR", "GOLD_STAR", true);

        MonthSummary month = tally.summary(0);

        assertThat(month.summary().estimated()).isTrue();
        assertThat(month.starMoves()).isEmpty();
        assertThat(month.summary().topDecileRevenueShare()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(month.summary().topDecilePercentOrNull()).isNull();
        assertThat(month.paretoPoints()).isZero();
        assertThat(month.pareto()).isEmpty();
    }

    private static ParetoPoint point(String customers, String revenue) {
        return new ParetoPoint(new BigDecimal(customers), new BigDecimal(revenue));
    }
}
