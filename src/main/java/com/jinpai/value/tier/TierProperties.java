package com.jinpai.value.tier;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;
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

    /** The lowest average (yuan) of a tier; STANDARD and NEW start at 0. */
    public BigDecimal line(Tier tier) {
        return switch (tier) {
            case DIAMOND -> diamond;
            case PLATINUM -> platinum;
            case GOLD -> gold;
            case SILVER -> silver;
            case STANDARD, NEW -> BigDecimal.ZERO;
        };
    }

    /** The lines from the lowest up, by their setting name. */
    public Map<String, BigDecimal> lines() {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        lines.put("silver", silver);
        lines.put("gold", gold);
        lines.put("platinum", platinum);
        lines.put("diamond", diamond);
        return lines;
    }

    /**
     * The lowest line that is not above the line below it, as {@code {line, line below}}; null when
     * the lines rise strictly (silver < gold < platinum < diamond) or one is missing.
     * {@link TierLinesValidator} reports it under that setting's own name.
     */
    public String @Nullable [] firstLineOutOfOrder() {
        String below = null;
        for (Map.Entry<String, BigDecimal> line : lines().entrySet()) {
            if (line.getValue() == null) {
                return null;
            }
            if (below != null && line.getValue().compareTo(lines().get(below)) <= 0) {
                return new String[] {line.getKey(), below};
            }
            below = line.getKey();
        }
        return null;
    }

}
