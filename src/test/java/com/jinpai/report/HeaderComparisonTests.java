package com.jinpai.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header's comparison rule: a closed month against a closed one as they stand; the open month's
 * month-to-date revenue against the previous month pro-rated to the estimate's share of its month.
 */
class HeaderComparisonTests {

    private static final BigDecimal OCTOBER = new BigDecimal("3100.00");

    @Test
    void aClosedMonthComparesTheWholePreviousMonthAndSaysNothingMore() {
        HeaderComparison closed = HeaderComparison.of(false, null);

        assertThat(closed.comparedWith("2026-10")).isEqualTo("Change against 2026-10");
        assertThat(closed.revenueLabel()).isEqualTo("Revenue (yuan)");
        assertThat(closed.previousRevenue(OCTOBER)).isEqualTo(OCTOBER);
        assertThat(closed.revenueBasis("2026-10", OCTOBER)).isNull();
        assertThat(StorySections.moneyChange(new BigDecimal("3000.00"), closed.previousRevenue(OCTOBER)))
                .containsExactly("down", "▼ −100.00 (−3.2%)");
        assertThat(HeaderComparison.of(false, LocalDate.of(2026, 11, 2)).previousRevenue(OCTOBER))
                .as("a month that is no estimate never pro-rates, whatever day is passed").isEqualTo(OCTOBER);
    }

    /** November's day 2 of 30 against 31-day October: 3,100.00 × 2 / 30 = 206.67, the plan fee's rule. */
    @Test
    void theOpenMonthOnDayTwoOfThirtyComparesWithTheSameShareOfTheThirtyOneDayMonthBefore() {
        HeaderComparison estimate = HeaderComparison.of(true, LocalDate.of(2026, 11, 2));

        assertThat(estimate.previousRevenue(OCTOBER)).isEqualByComparingTo("206.67");
        assertThat(StorySections.moneyChange(new BigDecimal("200.00"), estimate.previousRevenue(OCTOBER)))
                .containsExactly("down", "▼ −6.67 (−3.2%)");
        assertThat(estimate.revenueLabel()).isEqualTo("Revenue, month to date (yuan)");
        assertThat(estimate.revenueBasis("2026-10", OCTOBER)).isEqualTo("against 206.67: 2026-10 pro-rated to day 2 of 30");
        assertThat(estimate.comparedWith("2026-10"))
                .isEqualTo("Change against 2026-10; revenue against 2026-10 to the same share of the month");
    }

    @Test
    void onTheFirstDayTheShareIsOneDayOfTheMonthAndOnTheLastTheWholeMonth() {
        assertThat(HeaderComparison.of(true, LocalDate.of(2026, 11, 1)).previousRevenue(OCTOBER))
                .isEqualByComparingTo("103.33");
        assertThat(HeaderComparison.of(true, LocalDate.of(2026, 11, 1)).revenueBasis("2026-10", OCTOBER))
                .isEqualTo("against 103.33: 2026-10 pro-rated to day 1 of 30");
        assertThat(HeaderComparison.of(true, LocalDate.of(2026, 11, 30)).previousRevenue(OCTOBER))
                .isEqualByComparingTo("3100.00");
    }

    @Test
    void anEstimateWhoseDayIsNotKnownComparesNoRevenue() {
        HeaderComparison unknown = HeaderComparison.of(true, null);

        assertThat(unknown.previousRevenue(OCTOBER)).isNull();
        assertThat(unknown.revenueBasis("2026-10", OCTOBER)).isEqualTo("the as-of day is not known: not compared with 2026-10");
        assertThat(unknown.comparedWith("2026-10")).startsWith("Change against 2026-10; revenue not compared");
    }
}
