package com.jinpai.value.star;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Loyalty points of a closed month: the month's spend in yuan × {@code loyalty-points-per-yuan} ×
 * the multiplier of the star in effect during the month (the star after the previous evaluation),
 * rounded once to a whole point by {@code points-rounding}; a spend of 0 or less earns 0.
 */
public final class LoyaltyPoints {

    private final BigDecimal perYuan;
    private final RoundingMode rounding;

    public LoyaltyPoints(StarProperties properties) {
        this.perYuan = properties.loyaltyPointsPerYuan();
        this.rounding = properties.pointsRounding();
    }

    public long points(long spendFen, BigDecimal multiplier) {
        if (spendFen <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(spendFen, 2).multiply(perYuan).multiply(multiplier).setScale(0, rounding)
                .longValueExact();
    }
}
