package com.jinpai.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import com.jinpai.value.tier.Tier;

/**
 * A month's customer value at a glance, for run summaries and the report: computed once when the
 * month is evaluated ({@link ValueSummaryTally}) and kept in {@code value_month_summary}.
 *
 * @param month the month
 * @param estimated whether the month's rows are the open month's estimate
 * @param customers customer rows of the month
 * @param customersPerTier customers per tier, every tier present (0 where none), lowest first
 * @param upgrades customers whose tier rose against the previous evaluation (from a real tier)
 * @param downgrades customers whose tier fell against the previous evaluation
 * @param newlyTiered customers evaluated for the first time (coming from NEW)
 * @param vipCustomers customers flagged VIP
 * @param revenue the month's spend over all customers, yuan
 * @param topDecileRevenue the spend of the decile-1 customers, yuan
 * @param rankedCustomers customers with a rank (an average and not CLOSED)
 * @param starCustomers customers with a star level
 */
public record ValueSummary(YearMonth month, boolean estimated, long customers, Map<Tier, Long> customersPerTier,
        long upgrades, long downgrades, long newlyTiered, long vipCustomers, BigDecimal revenue,
        BigDecimal topDecileRevenue, long rankedCustomers, long starCustomers) {

    /** Shares are fractions with this many decimals. */
    static final int SHARE_SCALE = 4;

    /** A month without customer values: zero everywhere. */
    static ValueSummary none(YearMonth month) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new ValueSummary(month, false, 0, perTier(new EnumMap<>(Tier.class)), 0, 0, 0, 0, zero, zero, 0, 0);
    }

    /** Every tier present, 0 where the month has none. */
    static Map<Tier, Long> perTier(Map<Tier, Long> counts) {
        Map<Tier, Long> all = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            all.put(tier, counts.getOrDefault(tier, 0L));
        }
        return Collections.unmodifiableMap(all);
    }

    /** Share of the revenue from decile-1 customers, HALF_UP 4 decimals; 0 when the month has no revenue. */
    public BigDecimal topDecileRevenueShare() {
        return revenue.signum() == 0 ? BigDecimal.ZERO.setScale(SHARE_SCALE)
                : topDecileRevenue.divide(revenue, SHARE_SCALE, RoundingMode.HALF_UP);
    }

    /** The top-decile share in percent, or null when nothing is ranked or the month has no positive revenue. */
    public BigDecimal topDecilePercentOrNull() {
        return rankedCustomers == 0 || revenue.signum() <= 0 ? null : topDecileRevenueShare().movePointRight(2);
    }
}
