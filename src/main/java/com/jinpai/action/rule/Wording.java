package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * How numbers read in reasons, whatever the language: money with 2 decimals and percentages as
 * whole numbers, both rounded HALF_UP once here (the rules compare the exact values).
 */
final class Wording {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Wording() {
    }

    static String money(@Nullable BigDecimal amount) {
        return amount == null ? "-" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code part} as a whole-number percentage of {@code whole} (whole must not be zero). */
    static String percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String plainPercent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }
}
