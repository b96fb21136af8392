package com.jinpai.action.rule;

import com.jinpai.value.tier.Tier;
import com.jinpai.value.tier.TierLadder;
import org.jspecify.annotations.Nullable;

/** Tier names as {@code customer_month} stores them, read through the one VIP line ({@code jinpai.tiers.vip-from}). */
final class Tiers {

    private Tiers() {
    }

    static boolean isVip(TierLadder ladder, @Nullable String tier) {
        return tier != null && ladder.isVip(Tier.valueOf(tier));
    }

    /** The tier, so the list shows its name in the manager's language; an unknown name stays text. */
    static Object of(String tier) {
        try {
            return Tier.valueOf(tier);
        }
        catch (IllegalArgumentException ex) {
            return tier;
        }
    }
}
