package com.jinpai.value.star;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-computed with the shipped bands 12/36/120 months → 100/200/300, 1 point per yuan, 100 per suspension up to 500. */
class StarScoreTests {

    private final StarScore score = ShippedStars.rules().score;

    @Test
    void tenureCountsWholeMonthsFromTheJoinDate() {
        LocalDate joined = LocalDate.of(2020, 3, 15);
        assertThat(StarScore.tenureMonths(joined, LocalDate.of(2021, 3, 14))).isEqualTo(11);
        assertThat(StarScore.tenureMonths(joined, LocalDate.of(2021, 3, 15))).isEqualTo(12);
        assertThat(StarScore.tenureMonths(joined, LocalDate.of(2020, 3, 1))).isZero();
        // joined on the 31st: February has no 31st, so the first month is complete on 1 March
        assertThat(StarScore.tenureMonths(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29))).isZero();
        assertThat(StarScore.tenureMonths(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 1))).isEqualTo(1);
    }

    @Test
    void eachTenureBandStartsAtItsEdge() {
        LocalDate joined = LocalDate.of(2010, 6, 1);
        assertThat(score.tenurePoints(StarScore.tenureMonths(joined, LocalDate.of(2011, 5, 31)))).isZero();
        assertThat(score.tenurePoints(StarScore.tenureMonths(joined, LocalDate.of(2011, 6, 1)))).isEqualTo(100);
        assertThat(score.tenurePoints(StarScore.tenureMonths(joined, LocalDate.of(2013, 5, 31)))).isEqualTo(100);
        assertThat(score.tenurePoints(StarScore.tenureMonths(joined, LocalDate.of(2013, 6, 1)))).isEqualTo(200);
        assertThat(score.tenurePoints(StarScore.tenureMonths(joined, LocalDate.of(2020, 5, 31)))).isEqualTo(200);
        assertThat(score.tenurePoints(StarScore.tenureMonths(joined, LocalDate.of(2020, 6, 1)))).isEqualTo(300);
        assertThat(score.tenurePoints(400)).isEqualTo(300);
    }

    @Test
    void spendPointsDropTheFractionOfAYuan() {
        assertThat(score.spendPoints(9_999)).isEqualTo(99);       // 99.99 yuan
        assertThat(score.spendPoints(10_000)).isEqualTo(100);     // 100.00
        assertThat(score.spendPoints(1_234_567)).isEqualTo(12_345); // 12,345.67
        assertThat(score.spendPoints(0)).isZero();
        assertThat(score.spendPoints(-5_000)).isZero();           // a year of refunds earns nothing, costs nothing
    }

    @Test
    void thePenaltyIsCappedAtFiveHundred() {
        assertThat(score.penalty(0)).isZero();
        assertThat(score.penalty(1)).isEqualTo(100);
        assertThat(score.penalty(4)).isEqualTo(400);
        assertThat(score.penalty(5)).isEqualTo(500);
        assertThat(score.penalty(6)).isEqualTo(500);
        assertThat(score.penalty(12)).isEqualTo(500);
    }

    @Test
    void theScoreAddsTenureAndSpendAndTakesOffThePenalty() {
        // 4 years (200) + 1,850.50 yuan (1,850) - 2 suspensions (200) = 1,850
        assertThat(score.score(48, 185_050, 2)).isEqualTo(1_850);
        // 10 years (300) + 120.00 (120) - 7 suspensions (capped 500) = -80: no level
        assertThat(score.score(120, 12_000, 7)).isEqualTo(-80);
    }
}
