package com.jinpai.value.segment;

import com.jinpai.value.segment.SegmentTotals.Dimension;
import com.jinpai.value.segment.SegmentTotals.SegmentRow;
import com.jinpai.value.tier.Tier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentTotalsTests {

    @Test
    void countsCustomersAndRevenueWithTheirShareOfTheMonth() {
        SegmentTotals totals = new SegmentTotals();
        totals.add(Dimension.TIER, "GOLD", 20000);
        totals.add(Dimension.TIER, "GOLD", 10000);
        totals.add(Dimension.TIER, "SILVER", 6000);
        totals.add(Dimension.REGION, null, 36000);

        assertThat(totals.rows()).extracting(SegmentRow::dimension, SegmentRow::segment, SegmentRow::customers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Dimension.TIER, "GOLD", 2L),
                        org.assertj.core.groups.Tuple.tuple(Dimension.TIER, "SILVER", 1L),
                        org.assertj.core.groups.Tuple.tuple(Dimension.REGION, SegmentTotals.NONE, 1L));
        SegmentRow gold = totals.rows().get(0);
        assertThat(gold.revenue()).isEqualByComparingTo("300.00");
        // 300 / 360 = 0.83333 -> 0.8333; 60 / 360 = 0.16667 -> 0.1667
        assertThat(gold.revenueShare()).isEqualByComparingTo("0.8333");
        assertThat(totals.rows().get(1).revenueShare()).isEqualByComparingTo("0.1667");
        assertThat(totals.rows().get(2).revenueShare()).isEqualByComparingTo("1.0000");
    }

    @Test
    void aMonthWithoutRevenueHasZeroShares() {
        SegmentTotals totals = new SegmentTotals();
        totals.add(Dimension.TREND, "DORMANT", 0);

        assertThat(totals.rows().get(0).revenueShare()).isEqualByComparingTo("0.0000");
    }

    @Test
    void tierMigrationCountsFromNewWhenThereWasNoEvaluation() {
        TierMigration migration = new TierMigration();
        migration.add(null, Tier.GOLD);
        migration.add(Tier.PLATINUM, Tier.GOLD);
        migration.add(Tier.PLATINUM, Tier.GOLD);

        assertThat(migration.cells()).containsExactly(new TierMigration.Cell(Tier.NEW, Tier.GOLD, 1),
                new TierMigration.Cell(Tier.PLATINUM, Tier.GOLD, 2));
    }
}
