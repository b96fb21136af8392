package com.jinpai.report;

import java.util.Comparator;
import java.util.List;

/** Tiers from the most valuable down, then NEW; names the report does not know follow alphabetically. */
final class TierOrder {

    static final List<String> KNOWN = List.of("DIAMOND", "PLATINUM", "GOLD", "SILVER", "STANDARD", "NEW");

    static final Comparator<String> COMPARATOR = Comparator.<String>comparingInt(TierOrder::position)
            .thenComparing(Comparator.naturalOrder());

    private TierOrder() {
    }

    private static int position(String tier) {
        int i = KNOWN.indexOf(tier);
        return i < 0 ? KNOWN.size() : i;
    }
}
