package com.jinpai.value.tier;

import java.math.BigDecimal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Tier lines and the downgrade grace ({@code jinpai.tiers} in {@code config/value.yml}).
 *
 * @param diamond lowest average (yuan) of DIAMOND
 * @param platinum lowest average of PLATINUM
 * @param gold lowest average of GOLD
 * @param silver lowest average of SILVER; below it is STANDARD
 * @param vipFrom the lowest VIP tier
 * @param grace consecutive evaluations indicating a lower tier before the downgrade applies
 */
@Validated
@ConfigurationProperties("jinpai.tiers")
public record TierProperties(
        @NotNull @PositiveOrZero BigDecimal diamond,
        @NotNull @PositiveOrZero BigDecimal platinum,
        @NotNull @PositiveOrZero BigDecimal gold,
        @NotNull @PositiveOrZero BigDecimal silver,
        @NotNull Tier vipFrom,
        @Min(1) int grace) {

    @AssertTrue(message = "tier lines must rise strictly: silver < gold < platinum < diamond")
    public boolean isAscending() {
        return diamond == null || platinum == null || gold == null || silver == null
                || (silver.compareTo(gold) < 0 && gold.compareTo(platinum) < 0 && platinum.compareTo(diamond) < 0);
    }

    @AssertTrue(message = "vip-from must be a tier of the ladder (STANDARD .. DIAMOND), not NEW")
    public boolean isVipFromOnLadder() {
        return vipFrom != Tier.NEW;
    }
}
