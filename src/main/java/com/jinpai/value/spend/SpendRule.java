package com.jinpai.value.spend;

import java.util.Set;

/**
 * Spend(c, M): the net sum of a customer's bill lines for a month, leaving out the excluded
 * charge types. Works on a breakdown laid out as {@link ChargeType#COUNT} fen amounts per
 * customer, in {@link ChargeType} order, so a month is one flat {@code long[]}.
 */
public final class SpendRule {

    private final boolean[] excluded = new boolean[ChargeType.COUNT];

    public SpendRule(Set<ChargeType> excludedChargeTypes) {
        for (ChargeType type : excludedChargeTypes) {
            excluded[type.ordinal()] = true;
        }
    }

    /** Spend of the customer whose breakdown starts at {@code offset}. */
    public long spend(long[] breakdown, int offset) {
        long sum = 0;
        for (int type = 0; type < ChargeType.COUNT; type++) {
            if (!excluded[type]) {
                sum = Fen.add(sum, breakdown[offset + type]);
            }
        }
        return sum;
    }

    /** What the bill asks the customer to pay: every charge type, excluded ones included. */
    public static long billed(long[] breakdown, int offset) {
        long sum = 0;
        for (int type = 0; type < ChargeType.COUNT; type++) {
            sum = Fen.add(sum, breakdown[offset + type]);
        }
        return sum;
    }
}
