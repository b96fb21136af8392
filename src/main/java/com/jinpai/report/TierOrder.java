package com.jinpai.report;

import java.util.Comparator;

import com.jinpai.value.tier.Tier;

/** Tiers from the most valuable down, then NEW; names the report does not know follow alphabetically. */
final class TierOrder {

    static final Comparator<String> COMPARATOR = Comparator.<String>comparingInt(TierOrder::position)
            .thenComparing(Comparator.naturalOrder());

    private TierOrder() {
    }

    private static int position(String name) {
        for (Tier tier : Tier.values()) {
            if (tier.name().equals(name)) {
                // DIAMOND (highest ordinal) first, STANDARD last of the ladder, NEW after it.
                return tier == Tier.NEW ? Tier.values().length - 1 : Tier.DIAMOND.ordinal() - tier.ordinal();
            }
        }
        return Tier.values().length;
    }
}
