package com.jinpai.value.star;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.jinpai.value.spend.ArrearsProperties;
import com.jinpai.value.spend.ArrearsRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StarYearTests {

    private static final List<YearMonth> CLOSED = List.of(YearMonth.of(2024, 11), YearMonth.of(2024, 12),
            YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));

    @Test
    void theCalendarYearRunsFromJanuaryToTheMonth() {
        StarYear year = ShippedStars.rules().year;
        assertThat(year.months(YearMonth.of(2025, 3), CLOSED))
                .containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
        assertThat(year.months(YearMonth.of(2024, 12), CLOSED))
                .containsExactly(YearMonth.of(2024, 11), YearMonth.of(2024, 12));
        assertThat(year.isRatingMonth(YearMonth.of(2024, 12))).isTrue();
        assertThat(year.isRatingMonth(YearMonth.of(2025, 1))).isFalse();
    }

    @Test
    void theTrailingYearIsTheTwelveMonthsEndingAtTheMonth() {
        StarProperties shipped = ShippedStars.properties();
        StarProperties trailing = new StarProperties(1, YearBasis.TRAILING_12_CLOSED, shipped.tenureBands(),
                shipped.pointsPerYuan(), shipped.pointsRounding(), shipped.suspension(), shipped.levels(),
                shipped.nearStarBand(), shipped.exclusions(), shipped.loyaltyPointsPerYuan());
        StarYear year = new StarRules(trailing, new ArrearsRule(new ArrearsProperties(20))).year;
        assertThat(year.firstMonth(YearMonth.of(2025, 3))).isEqualTo(YearMonth.of(2024, 4));
        assertThat(year.months(YearMonth.of(2025, 3), CLOSED)).isEqualTo(CLOSED);
        assertThat(year.isRatingMonth(YearMonth.of(2025, 1))).isTrue();
    }

    /**
     * Joined 2025-05-10, spends 80.00 a month from May. October (tenure 5 months) is not rated;
     * November (6 months, 7 months spend 560.00) upgrades from none to TWO_STAR at once; the December
     * rating counts May to December: 640.00, 640 points, 0 tenure points: TWO_STAR for 2026.
     */
    @Test
    void aCustomerJoiningMidYear() {
        StarRules rules = ShippedStars.rules();
        LocalDate joined = LocalDate.of(2025, 5, 10);
        int star = StarLadder.NONE;
        String[] expected = {null, null, null, null, null, "TWO_STAR", "TWO_STAR"};
        for (int m = 6; m <= 12; m++) {
            YearMonth month = YearMonth.of(2025, m);
            int tenure = StarScore.tenureMonths(joined, month.atEndOfMonth());
            long yearSpend = 8_000L * (m - 5 + 1); // May .. month, 80.00 each
            long score = rules.score.score(tenure, yearSpend, 0);
            boolean rated = rules.eligibility.exclusion(tenure, "ACTIVE", "INDIVIDUAL", false) == null;
            star = StarRating.evaluate(star, rules.ladder.levelOf(score), rated, rules.year.isRatingMonth(month));
            assertThat(rules.ladder.name(star)).as(month.toString()).isEqualTo(expected[m - 6]);
        }
        assertThat(StarScore.tenureMonths(joined, LocalDate.of(2025, 10, 31))).isEqualTo(5);
        assertThat(StarScore.tenureMonths(joined, LocalDate.of(2025, 11, 30))).isEqualTo(6);
        assertThat(rules.score.score(7, 64_000, 0)).isEqualTo(640);
        assertThat(BigDecimal.valueOf(64_000, 2).setScale(0, RoundingMode.DOWN)).isEqualByComparingTo("640");
    }
}
