package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which bills the arrears are: payments settle the oldest first, so the newest past-due bills are unpaid. */
class OverdueBillsTests {

    private static LocalDate due(YearMonth month) {
        return month.atEndOfMonth().plusDays(20);
    }

    @Test
    void theNewestBillsAreUnpaidTheOldestOfThemInPart() {
        TreeMap<YearMonth, BigDecimal> billed = new TreeMap<>();
        billed.put(YearMonth.of(2026, 7), new BigDecimal("100.00"));
        billed.put(YearMonth.of(2026, 8), new BigDecimal("150.00"));
        billed.put(YearMonth.of(2026, 9), new BigDecimal("200.00"));
        assertThat(OverdueBills.of(new BigDecimal("260.00"), billed, OverdueBillsTests::due)).containsExactly(
                new OverdueBill(YearMonth.of(2026, 8), new BigDecimal("60.00"), LocalDate.of(2026, 9, 20)),
                new OverdueBill(YearMonth.of(2026, 9), new BigDecimal("200.00"), LocalDate.of(2026, 10, 20)));
    }

    @Test
    void aBillOfNothingOwedIsNoOverdueBill() {
        TreeMap<YearMonth, BigDecimal> billed = new TreeMap<>();
        billed.put(YearMonth.of(2026, 8), new BigDecimal("80.00"));
        billed.put(YearMonth.of(2026, 9), new BigDecimal("-5.00"));
        assertThat(OverdueBills.of(new BigDecimal("30.00"), billed, OverdueBillsTests::due)).containsExactly(
                new OverdueBill(YearMonth.of(2026, 8), new BigDecimal("30.00"), LocalDate.of(2026, 9, 20)));
    }
}
