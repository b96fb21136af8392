package com.jinpai.action.flow;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the current period issues actions. */
class CurrentPeriodTests {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void nightlyIssuesForTheOpenMonthOnly() {
        assertThat(CurrentPeriod.issues("nightly", NOVEMBER, OCTOBER)).isTrue();
        assertThat(CurrentPeriod.issues("nightly", OCTOBER, OCTOBER)).isFalse();
        assertThat(CurrentPeriod.issues("nightly", NOVEMBER, null)).isTrue();
    }

    @Test
    void monthCloseIssuesForTheLatestClosedMonthOnly() {
        assertThat(CurrentPeriod.issues("month-close", OCTOBER, OCTOBER)).isTrue();
        assertThat(CurrentPeriod.issues("month-close", YearMonth.of(2026, 8), OCTOBER))
                .as("a backfilled or re-closed past month").isFalse();
    }
}
