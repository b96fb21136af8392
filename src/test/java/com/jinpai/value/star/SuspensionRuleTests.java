package com.jinpai.value.star;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bills due 20 days after their month (jinpai.arrears), checked 30 days later, blocklisted 90 days after due. */
class SuspensionRuleTests {

    private final SuspensionRule rule = ShippedStars.rules().suspensions;
    private static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);
    private static final List<YearMonth> CLOSED = List.of(YearMonth.of(2025, 8), SEPTEMBER, YearMonth.of(2025, 10),
            YearMonth.of(2025, 11));

    @Test
    void aBillIsCheckedThirtyDaysAfterItsDueDate() {
        // due 2025-10-20, checked 2025-11-19
        assertThat(rule.checkDay(SEPTEMBER)).isEqualTo(LocalDate.of(2025, 11, 19));
        // the evaluation of November (previous as-of 31 October) checks September's bill, and only it
        assertThat(rule.billsCheckedBetween(CLOSED, LocalDate.of(2025, 10, 31), LocalDate.of(2025, 11, 30)))
                .containsExactly(SEPTEMBER);
        assertThat(rule.billsCheckedBetween(CLOSED, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 31)))
                .containsExactly(YearMonth.of(2025, 8));
        assertThat(rule.billsCheckedBetween(CLOSED, null, LocalDate.of(2025, 9, 30))).isEmpty();
    }

    @Test
    void oneFenUnpaidOnTheCheckDayIsASuspension() {
        // billed 300.00 up to September's bill; paid by the check day, oldest bill first
        assertThat(SuspensionRule.isSuspension(30_000, 29_999)).isTrue();
        assertThat(SuspensionRule.isSuspension(30_000, 30_000)).isFalse();
        assertThat(SuspensionRule.isSuspension(30_000, 45_000)).isFalse();
    }

    @Test
    void theBlocklistIsABillUnpaidMoreThanNinetyDaysAfterItsDueDate() {
        // September's bill fell due 2025-10-20: 90 days later is 2026-01-18
        assertThat(rule.blocklistBill(CLOSED, LocalDate.of(2026, 1, 18))).isEqualTo(YearMonth.of(2025, 8));
        assertThat(rule.blocklistBill(CLOSED, LocalDate.of(2026, 1, 19))).isEqualTo(SEPTEMBER);
        assertThat(rule.blocklistBill(CLOSED, LocalDate.of(2025, 12, 18))).isNull();
        assertThat(SuspensionRule.isBlocklisted(30_000, 29_000)).isTrue();
        assertThat(SuspensionRule.isBlocklisted(30_000, 30_000)).isFalse();
    }
}
