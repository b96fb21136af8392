package com.jinpai.value.spend;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArrearsRuleTests {

    private static final YearMonth SEP = YearMonth.of(2024, 9);
    private static final YearMonth OCT = YearMonth.of(2024, 10);
    private final ArrearsRule rule = new ArrearsRule(new ArrearsProperties(20));

    @Test
    void aBillIsDueTwentyDaysAfterItsMonthEndsAndPastDueTheDayAfter() {
        assertThat(rule.dueDate(SEP)).isEqualTo(LocalDate.of(2024, 10, 20));
        assertThat(rule.dueDate(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(rule.isPastDue(SEP, LocalDate.of(2024, 10, 20))).isFalse();
        assertThat(rule.isPastDue(SEP, LocalDate.of(2024, 10, 21))).isTrue();
    }

    @Test
    void theLatestPastDueBillDependsOnTheDay() {
        List<YearMonth> closed = List.of(YearMonth.of(2024, 8), SEP, OCT);

        assertThat(rule.latestPastDue(closed, LocalDate.of(2024, 11, 10))).isEqualTo(SEP);
        assertThat(rule.latestPastDue(closed, LocalDate.of(2024, 11, 21))).isEqualTo(OCT);
        assertThat(rule.latestPastDue(closed, LocalDate.of(2024, 9, 20))).isNull();
    }

    @Test
    void aPartialPaymentPaysTheOldestBillFirst() {
        // September bill 100.00, October bill 80.00, 60.00 paid by 10 November.
        // On 10 November only September is past due: 100.00 - 60.00 = 40.00 owed.
        assertThat(ArrearsRule.arrears(10000, 6000)).isEqualTo(4000);
        // On 30 November both are: 180.00 - 60.00 = 120.00.
        assertThat(ArrearsRule.arrears(10000 + 8000, 6000)).isEqualTo(12000);
    }

    @Test
    void payingMoreThanIsPastDueLeavesNoArrears() {
        // 150.00 paid against a past-due 100.00: the 50.00 goes to the bill not yet due
        assertThat(ArrearsRule.arrears(10000, 15000)).isZero();
        assertThat(ArrearsRule.arrears(0, 0)).isZero();
    }

    @Test
    void paymentsCountFromTheFirstBillIssued() {
        assertThat(ArrearsRule.paymentsCountFrom(YearMonth.of(2024, 7))).isEqualTo(LocalDate.of(2024, 8, 1));
    }
}
