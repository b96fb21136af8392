package com.jinpai.value.star;

import com.jinpai.value.spend.ArrearsRule;

/** The star rules built once from {@code config/stars.yml}, for the month engine to call. */
public final class StarRules {

    public final StarScore score;
    public final StarLadder ladder;
    public final StarEligibility eligibility;
    public final StarYear year;
    public final SuspensionRule suspensions;
    public final LoyaltyPoints loyalty;

    public StarRules(StarProperties properties, ArrearsRule arrears) {
        this.score = new StarScore(properties);
        this.ladder = new StarLadder(properties);
        this.eligibility = new StarEligibility(properties.exclusions());
        this.year = new StarYear(properties);
        this.suspensions = new SuspensionRule(arrears, properties);
        this.loyalty = new LoyaltyPoints(properties);
    }
}
