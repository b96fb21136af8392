package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One customer in the month judged, as the rules see it: a {@code customer_month} row with the
 * customer's open complaints, overdue bills and top-N entry joined in.
 *
 * @param baseline the month is the first evaluated one: it establishes who is VIP and who is in the
 *        top-N, so nobody "became" VIP or "entered" the top-N in it
 * @param estimated the month is the open month and spend is month-to-date
 * @param closed the customer's status is CLOSED: no action is issued for a closed account
 * @param previousTier tier at the previous evaluation; null at the customer's first evaluation
 * @param average trailing average including the month (what tiers compare)
 * @param priorAverage trailing average of the months before it (what spend is judged against)
 * @param overdueBills the unpaid past-due bills behind {@code arrears}, oldest first
 * @param complaints open complaints without a first response by the as-of time
 * @param topRankEntry set when the customer entered the top-N in this month
 */
public record CustomerFacts(
        String customerId,
        YearMonth month,
        boolean baseline,
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
        List<OverdueBill> overdueBills,
        List<OpenComplaint> complaints,
        @Nullable TopRankEntry topRankEntry) {

    public CustomerFacts {
        overdueBills = List.copyOf(overdueBills);
        complaints = List.copyOf(complaints);
    }
}
