package com.jinpai.value.star;

import java.util.Set;

/**
 * Who is rated: tenure of at least {@code min-tenure-months} whole months, a rated status, a customer
 * type that is not excluded, and not on the arrears blocklist. The first reason that applies is the
 * one recorded ({@link StarExclusion} order).
 */
public final class StarEligibility {

    private final int minTenureMonths;
    private final Set<String> ratedStatuses;
    private final Set<String> excludedTypes;

    public StarEligibility(StarProperties.Exclusions exclusions) {
        this.minTenureMonths = exclusions.minTenureMonths();
        this.ratedStatuses = Set.copyOf(exclusions.ratedStatuses());
        this.excludedTypes = Set.copyOf(exclusions.customerTypes());
    }

    /** Why the customer is not rated, or null when rated. */
    public StarExclusion exclusion(int tenureMonths, String status, String customerType, boolean blocklisted) {
        if (tenureMonths < minTenureMonths) {
            return StarExclusion.TENURE;
        }
        if (status == null || !ratedStatuses.contains(status)) {
            return StarExclusion.STATUS;
        }
        if (customerType != null && excludedTypes.contains(customerType)) {
            return StarExclusion.CUSTOMER_TYPE;
        }
        return blocklisted ? StarExclusion.BLOCKLIST : null;
    }
}
