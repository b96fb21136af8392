package com.jinpai.value;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import com.jinpai.value.tier.Tier;

/**
 * A month's customer value at a glance, for run summaries and the report's header: the one query
 * of a month's totals.
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
 * @param topDecileRevenueShare share of that spend from decile-1 customers, 4 decimals (0 when no revenue)
 * @param rankedCustomers customers with a rank (an average and not CLOSED)
 */
public record ValueSummary(YearMonth month, boolean estimated, long customers, Map<Tier, Long> customersPerTier,
        long upgrades, long downgrades, long newlyTiered, long vipCustomers, BigDecimal revenue,
        BigDecimal topDecileRevenueShare, long rankedCustomers) {
}
