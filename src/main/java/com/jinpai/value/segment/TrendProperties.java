package com.jinpai.value.segment;

import java.math.BigDecimal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Trend bands ({@code jinpai.trend} in {@code config/value.yml}).
 *
 * @param growingRatio month spend at or above this share of the prior average is GROWING
 * @param decliningRatio month spend at or below this share of the prior average is DECLINING
 * @param newTenureMonths fewer whole months since the join month than this is NEW
 * @param dormantDays no usage on any of the last this-many days is DORMANT
 */
@Validated
@ConfigurationProperties("jinpai.trend")
public record TrendProperties(
        @NotNull @Positive BigDecimal growingRatio,
        @NotNull @Positive BigDecimal decliningRatio,
        @Min(0) int newTenureMonths,
        @Min(1) int dormantDays) {

    @AssertTrue(message = "declining-ratio must be below growing-ratio")
    public boolean isBandOrdered() {
        return growingRatio == null || decliningRatio == null || decliningRatio.compareTo(growingRatio) < 0;
    }
}
