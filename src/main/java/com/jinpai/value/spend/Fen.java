package com.jinpai.value.spend;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as {@code long} fen (1/100 yuan). Conversions round HALF_UP to 2 decimals, and the
 * divisions here round HALF_UP (away from zero on a half) exactly, without floating point.
 */
public final class Fen {

    /** Marks "no amount" (no average, no prior average) in primitive arrays. */
    public static final long NONE = Long.MIN_VALUE;

    private Fen() {
    }

    public static long of(BigDecimal yuan) {
        if (yuan.scale() == 2) {
            // already in fen: the unscaled value as it is, without the BigInteger unscaledValue() makes
            return yuan.scaleByPowerOfTen(2).longValueExact();
        }
        return yuan.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /**
     * {@code a + b}, failing with a sentence instead of wrapping round when the sum passes what a
     * long holds (about 92 million million yuan). Ingest bounds every amount
     * ({@code jinpai.sources.max-amount}), so only absurdly raised bounds can get here.
     */
    public static long add(long a, long b) {
        try {
            return Math.addExact(a, b);
        }
        catch (ArithmeticException ex) {
            throw new ArithmeticException("amounts add up past " + yuan(Long.MAX_VALUE).toPlainString()
                    + " yuan, more than a sum can hold: lower jinpai.sources.max-amount in config/sources.yml, "
                    + "correct the export, then restart");
        }
    }

    public static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** {@code numerator / denominator} rounded HALF_UP; the denominator must be positive. */
    public static long divideHalfUp(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        long magnitude = Math.abs(numerator);
        long quotient = magnitude / denominator;
        long remainder = magnitude % denominator;
        if (remainder * 2 >= denominator) {
            quotient++;
        }
        return numerator < 0 ? -quotient : quotient;
    }

    /** {@code value * multiplier / divisor} rounded HALF_UP once, failing rather than overflowing. */
    public static long scaleHalfUp(long value, long multiplier, long divisor) {
        return divideHalfUp(Math.multiplyExact(value, multiplier), divisor);
    }
}
