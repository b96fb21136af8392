package com.jinpai.value.tier;

/**
 * Spend tiers from lowest to highest. NEW is the customer with no average yet: not a rung of
 * the ladder, it never triggers a downgrade and the first real tier replaces it directly.
 */
public enum Tier {
    NEW, STANDARD, SILVER, GOLD, PLATINUM, DIAMOND;

    private static final Tier[] VALUES = values();

    public static Tier at(int ordinal) {
        return VALUES[ordinal];
    }

    public boolean isAbove(Tier other) {
        return compareTo(other) > 0;
    }
}
