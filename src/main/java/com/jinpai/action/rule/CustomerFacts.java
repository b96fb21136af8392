package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One customer in the month judged, as the rules see it: a {@code customer_month} row with the
 * customer's open complaints and top-N entry joined in.
 *
 * @param estimated the month is the open month and spend is month-to-date
 * @param closed the customer's status is CLOSED: no action is issued for a closed account
 * @param previousTier tier at the previous evaluation; null at the customer's first evaluation
 * @param average trailing average including the month (what tiers compare)
 * @param priorAverage trailing average of the months before it (what spend is judged against)
 * @param complaints open complaints without a first response, null when there are none
 * @param topRankEntry set when the customer entered the top-N in this month
 */
public record CustomerFacts(
        String customerId,
        YearMonth month,
        boolean estimated,
        boolean closed,
        String tier,
        @Nullable String previousTier,
        String indicatedTier,
        boolean vip,
        boolean inGrace,
        int downgradeCount,
        BigDecimal spend,
        @Nullable BigDecimal average,
        @Nullable BigDecimal priorAverage,
        BigDecimal arrears,
        @Nullable ComplaintBacklog complaints,
        @Nullable TopRankEntry topRankEntry) {
}
