package com.jinpai.action.rule;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One customer's star standing in the month judged, as the star rules see it: the star columns of a
 * {@code customer_month} row. Kept apart from {@link CustomerFacts} so the star rules stand alone.
 *
 * @param firstEvaluation the customer has no earlier evaluation (no previous tier): a baseline,
 *        so a star held from the start is not an upgrade
 * @param starLevel the star after the evaluation, null for none
 * @param previousStarLevel the star before it, null for none
 * @param score the star score, null when not computed
 * @param excluded the customer is not rated this month
 */
public record StarFacts(
        String customerId,
        YearMonth month,
        boolean estimated,
        boolean closed,
        boolean firstEvaluation,
        @Nullable String starLevel,
        @Nullable String previousStarLevel,
        @Nullable Long score,
        boolean nearStar,
        boolean excluded) {
}
