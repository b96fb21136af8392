package com.jinpai.value.spend;

import java.util.Set;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How spend is counted and averaged ({@code jinpai.spend} in {@code config/value.yml}).
 *
 * @param excludedChargeTypes charge types left out of spend (still kept in the breakdown and in arrears)
 * @param averageWindowMonths W: the trailing window of the average and of the prior average
 */
@Validated
@ConfigurationProperties("jinpai.spend")
public record SpendProperties(
        @NotNull Set<ChargeType> excludedChargeTypes,
        @Min(1) int averageWindowMonths) {
}
