package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How numbers read in reason sentences: English, money with 2 decimals and percentages as whole
 * numbers, both rounded HALF_UP once here (the rules compare the exact values).
 */
final class Wording {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Wording() {
    }

    static String money(@Nullable BigDecimal amount) {
        return amount == null ? "n/a" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code part} as a whole-number percentage of {@code whole} (whole must not be zero). */
    static String percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String plainPercent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    /** "October 2024". */
    static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
