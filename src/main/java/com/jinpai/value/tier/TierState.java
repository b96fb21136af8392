package com.jinpai.value.tier;

/**
 * A customer's tier after an evaluation and how many consecutive evaluations in a row have
 * indicated a lower one. A count above 0 means the customer is in the downgrade grace period.
 */
public record TierState(Tier tier, int lowerCount) {

    public static final TierState NEW = new TierState(Tier.NEW, 0);

    public boolean inGrace() {
        return lowerCount > 0;
    }
}
