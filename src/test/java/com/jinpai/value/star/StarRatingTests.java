package com.jinpai.value.star;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Levels by position: 0 ONE_STAR, 1 TWO_STAR, 2 THREE_STAR; -1 no star. */
class StarRatingTests {

    private static final int NONE = StarLadder.NONE;

    @Test
    void anUpgradeBetweenRatingsAppliesAtOnce() {
        assertThat(StarRating.evaluate(0, 1, true, false)).isEqualTo(1);
        assertThat(StarRating.evaluate(NONE, 2, true, false)).isEqualTo(2);
    }

    @Test
    void noDowngradeBetweenRatings() {
        assertThat(StarRating.evaluate(2, 0, true, false)).isEqualTo(2);
        assertThat(StarRating.evaluate(2, NONE, true, false)).isEqualTo(2);
        // not rated this month (e.g. on the blocklist): the star is kept, no upgrade
        assertThat(StarRating.evaluate(1, 4, false, false)).isEqualTo(1);
        assertThat(StarRating.evaluate(NONE, 4, false, false)).isEqualTo(NONE);
    }

    @Test
    void theYearlyRatingRatesAfreshAndMayDowngrade() {
        assertThat(StarRating.evaluate(2, 1, true, true)).isEqualTo(1);
        assertThat(StarRating.evaluate(2, NONE, true, true)).isEqualTo(NONE);
        assertThat(StarRating.evaluate(0, 2, true, true)).isEqualTo(2);
        // not rated at the rating: no star for the year
        assertThat(StarRating.evaluate(2, 2, false, true)).isEqualTo(NONE);
    }

    @Test
    void aYearOfRatingsAndUpgrades() {
        StarYear year = ShippedStars.rules().year;
        StarLadder ladder = ShippedStars.rules().ladder;
        // December 2024 rates 1,200 points: THREE_STAR; the March 2025 score of 2,100 upgrades to FOUR_STAR;
        // June's 300 keeps it; the December 2025 rating on 700 points lowers it to TWO_STAR.
        int star = StarRating.evaluate(NONE, ladder.levelOf(1_200), true, year.isRatingMonth(java.time.YearMonth.of(2024, 12)));
        assertThat(ladder.name(star)).isEqualTo("THREE_STAR");
        star = StarRating.evaluate(star, ladder.levelOf(2_100), true, year.isRatingMonth(java.time.YearMonth.of(2025, 3)));
        assertThat(ladder.name(star)).isEqualTo("FOUR_STAR");
        star = StarRating.evaluate(star, ladder.levelOf(300), true, year.isRatingMonth(java.time.YearMonth.of(2025, 6)));
        assertThat(ladder.name(star)).isEqualTo("FOUR_STAR");
        star = StarRating.evaluate(star, ladder.levelOf(700), true, year.isRatingMonth(java.time.YearMonth.of(2025, 12)));
        assertThat(ladder.name(star)).isEqualTo("TWO_STAR");
    }
}
