package com.jinpai.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as the report prints them: grouped thousands, money to 2 decimals, shares as percent. */
final class Formats {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Formats() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A percentage already in percent units. */
    static String percent(BigDecimal percent) {
        return percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** part / whole as a percentage; 0.0% when the whole is zero or negative. */
    static String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return "0.0%";
        }
        return percent(part.multiply(HUNDRED).divide(whole, 4, RoundingMode.HALF_UP));
    }
}
