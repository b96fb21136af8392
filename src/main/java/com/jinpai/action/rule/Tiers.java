package com.jinpai.action.rule;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Which tier names are VIP: GOLD and above (SPEC section 3). */
final class Tiers {

    private static final Set<String> VIP = Set.of("DIAMOND", "PLATINUM", "GOLD");

    private Tiers() {
    }

    static boolean isVip(@Nullable String tier) {
        return tier != null && VIP.contains(tier);
    }
}
