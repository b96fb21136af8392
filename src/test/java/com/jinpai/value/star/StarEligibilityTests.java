package com.jinpai.value.star;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Shipped: at least 6 whole months, ACTIVE, not GROUP, not blocklisted. */
class StarEligibilityTests {

    private final StarEligibility eligibility = ShippedStars.rules().eligibility;

    @Test
    void sixWholeMonthsOfTenureAreRated() {
        assertThat(eligibility.exclusion(5, "ACTIVE", "INDIVIDUAL", false)).isEqualTo(StarExclusion.TENURE);
        assertThat(eligibility.exclusion(6, "ACTIVE", "INDIVIDUAL", false)).isNull();
    }

    @Test
    void onlyActiveCustomersAreRated() {
        assertThat(eligibility.exclusion(24, "SUSPENDED", "INDIVIDUAL", false)).isEqualTo(StarExclusion.STATUS);
        assertThat(eligibility.exclusion(24, "CLOSED", "INDIVIDUAL", false)).isEqualTo(StarExclusion.STATUS);
        assertThat(eligibility.exclusion(24, null, "INDIVIDUAL", false)).isEqualTo(StarExclusion.STATUS);
    }

    @Test
    void groupAccountsAreRatedElsewhere() {
        assertThat(eligibility.exclusion(24, "ACTIVE", "GROUP", false)).isEqualTo(StarExclusion.CUSTOMER_TYPE);
        assertThat(eligibility.exclusion(24, "ACTIVE", "STUDENT", false)).isNull();
        assertThat(eligibility.exclusion(24, "ACTIVE", null, false)).isNull();
    }

    @Test
    void theBlocklistExcludesAndTheFirstReasonWins() {
        assertThat(eligibility.exclusion(24, "ACTIVE", "INDIVIDUAL", true)).isEqualTo(StarExclusion.BLOCKLIST);
        assertThat(eligibility.exclusion(3, "SUSPENDED", "GROUP", true)).isEqualTo(StarExclusion.TENURE);
    }
}
