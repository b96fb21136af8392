package com.jinpai.value.star;

/**
 * The star after a closed month's evaluation, from the star before it, in month order.
 * <ul>
 * <li>Rating month (the evaluation of the {@code rating-month} of each year): everyone is rated
 *     afresh, so a star may fall. A rated customer takes the level of the score, or none below the
 *     first line; a customer who is not rated has no star. The star holds until the next rating.</li>
 * <li>Any other month: a rated customer whose score reaches a higher level than the star held
 *     takes it at once (from no star too); otherwise the star is kept — never lowered between
 *     ratings, whether the score fell or the customer is not rated this month.</li>
 * </ul>
 */
public final class StarRating {

    private StarRating() {
    }

    /**
     * @param before the level held before the evaluation, {@link StarLadder#NONE} for no star
     * @param scoreLevel the level the month's score reaches
     * @param rated whether the customer is rated this month (no exclusion)
     * @param ratingMonth whether the month is the rating month
     */
    public static int evaluate(int before, int scoreLevel, boolean rated, boolean ratingMonth) {
        if (ratingMonth) {
            return rated ? scoreLevel : StarLadder.NONE;
        }
        return rated && scoreLevel > before ? scoreLevel : before;
    }
}
