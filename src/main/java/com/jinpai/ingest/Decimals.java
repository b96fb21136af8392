package com.jinpai.ingest;

import java.math.BigDecimal;

/**
 * Reads plain decimal numbers ({@code -12.50}, {@code 3}, {@code +0.5}) exactly, without going
 * through binary floating point and without accepting what a bill export should not contain
 * (exponents, thousands separators, currency signs). Faster than {@code new BigDecimal(String)}
 * on the tens of millions of amounts a month brings.
 */
final class Decimals {

    private static final int MAX_DIGITS = 18;
    private static final String NOT_A_NUMBER = "not a number (digits with an optional sign and decimal point)";
    private static final String TOO_LARGE = "too large";
    private static final String NOT_WHOLE = "not a whole number";

    private Decimals() {
    }

    /**
     * The number with exactly {@code decimals} decimal places. Trailing zeros past them are
     * accepted ({@code 12.300} for 2 decimals), other digits are not: nothing is rounded.
     */
    static BigDecimal parse(String text, int decimals) throws InvalidValue {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long unscaled = 0;
        int digits = 0;
        int fraction = 0;
        boolean point = false;
        boolean anyDigit = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (point && ++fraction > decimals) {
                    if (c != '0') {
                        throw new InvalidValue(decimals == 0 ? NOT_WHOLE
                                : "more than " + decimals + " decimals");
                    }
                    continue;
                }
                if (unscaled != 0 || c != '0') {
                    if (++digits > MAX_DIGITS) {
                        throw new InvalidValue(TOO_LARGE);
                    }
                }
                unscaled = unscaled * 10 + (c - '0');
            }
            else if (c == '.' && !point) {
                point = true;
            }
            else {
                throw new InvalidValue(NOT_A_NUMBER);
            }
        }
        if (!anyDigit) {
            throw new InvalidValue(NOT_A_NUMBER);
        }
        for (int kept = Math.min(fraction, decimals); kept < decimals; kept++) {
            if (++digits > MAX_DIGITS) {
                throw new InvalidValue(TOO_LARGE);
            }
            unscaled *= 10;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, decimals);
    }

    /**
     * An amount in yuan with {@code scale} decimals from text in the given unit: yuan as written,
     * or fen (whole fen when the column keeps 2 decimals) divided by 100.
     */
    static BigDecimal money(String text, int scale, SourceMapping.MoneyUnit unit) throws InvalidValue {
        BigDecimal written;
        try {
            written = parse(text, scale - unit.shift());
        }
        catch (InvalidValue ex) {
            if (unit == SourceMapping.MoneyUnit.FEN && NOT_WHOLE.equals(ex.getMessage())) {
                throw new InvalidValue("not a whole number of fen (the mapping says amounts are in fen)");
            }
            throw ex;
        }
        return written.movePointLeft(unit.shift());
    }

    /** A whole number, zero or more, that fits an INT column. */
    static int count(String text) throws InvalidValue {
        BigDecimal value = parse(text, 0);
        if (value.signum() < 0) {
            throw new InvalidValue("must not be negative");
        }
        if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new InvalidValue(TOO_LARGE);
        }
        return value.intValue();
    }
}
