package com.jinpai.value.star;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoyaltyPointsTests {

    private final LoyaltyPoints points = ShippedStars.rules().loyalty;

    @Test
    void pointsAreSpendTimesTheMultiplierWithTheFractionDropped() {
        assertThat(points.points(9_999, BigDecimal.ONE)).isEqualTo(99);                 // 99.99 × 1
        assertThat(points.points(9_999, new BigDecimal("1.5"))).isEqualTo(149);         // 149.985
        assertThat(points.points(40, new BigDecimal("2.5"))).isEqualTo(1);             // 0.40 × 2.5 = 1.000
        assertThat(points.points(39, new BigDecimal("2.5"))).isZero();                 // 0.975
        assertThat(points.points(123_456, BigDecimal.valueOf(5))).isEqualTo(6_172);    // 6,172.80
        assertThat(points.points(-1_000, BigDecimal.valueOf(5))).isZero();
    }

    @Test
    void theRoundingIsASetting() {
        StarProperties shipped = ShippedStars.properties();
        StarProperties halfUp = new StarProperties(shipped.ratingMonth(), shipped.yearBasis(), shipped.tenureBands(),
                shipped.pointsPerYuan(), RoundingMode.HALF_UP, shipped.suspension(), shipped.levels(),
                shipped.nearStarBand(), shipped.exclusions(), shipped.loyaltyPointsPerYuan());
        assertThat(new LoyaltyPoints(halfUp).points(9_999, new BigDecimal("1.5"))).isEqualTo(150);
        assertThat(new StarScore(halfUp).spendPoints(9_950)).isEqualTo(100);
    }
}
