package com.jinpai.value.spend;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AverageWindowTests {

    private static final YearMonth JUL = YearMonth.of(2024, 7);
    private static final YearMonth AUG = YearMonth.of(2024, 8);
    private static final YearMonth SEP = YearMonth.of(2024, 9);
    private static final YearMonth OCT = YearMonth.of(2024, 10);
    private static final List<YearMonth> CLOSED = List.of(JUL, AUG, SEP, OCT);

    private static long average(AverageWindow window, YearMonth joined, Map<YearMonth, Long> spend) {
        return window.averageFen(Months.index(joined), p -> spend.getOrDefault(window.months().get(p), 0L));
    }

    @Test
    void averagesTheClosedMonthsOfTheWindow() {
        AverageWindow window = AverageWindow.ending(OCT, 3, CLOSED);

        assertThat(window.months()).containsExactly(AUG, SEP, OCT);
        // (100.00 + 200.00 + 360.00) / 3 = 220.00
        assertThat(average(window, YearMonth.of(2020, 1), Map.of(AUG, 10000L, SEP, 20000L, OCT, 36000L)))
                .isEqualTo(22000);
    }

    @Test
    void aCustomerJoiningInsideTheWindowCountsOnlyFromTheJoinMonth() {
        AverageWindow window = AverageWindow.ending(OCT, 3, CLOSED);

        // joined in September: (120.00 + 90.00) / 2
        assertThat(average(window, SEP, Map.of(SEP, 12000L, OCT, 9000L))).isEqualTo(10500);
        assertThat(window.countedMonths(Months.index(SEP))).isEqualTo(2);
        assertThat(window.countedMonths(Months.index(OCT))).isEqualTo(1);
    }

    @Test
    void aMonthWithNoBillCountsAsZero() {
        AverageWindow window = AverageWindow.ending(SEP, 3, CLOSED);

        // July 300.00, August no line, September 300.00: 600.00 / 3
        assertThat(average(window, YearMonth.of(2020, 1), Map.of(JUL, 30000L, SEP, 30000L))).isEqualTo(20000);
    }

    @Test
    void monthsBeforeTheDataHorizonDoNotExist() {
        // only August and September are closed: a window ending in September holds two months
        AverageWindow window = AverageWindow.ending(SEP, 3, List.of(AUG, SEP));

        assertThat(window.months()).containsExactly(AUG, SEP);
        assertThat(average(window, YearMonth.of(2020, 1), Map.of(AUG, 10000L, SEP, 20001L))).isEqualTo(15001);
    }

    @Test
    void roundsHalfUpOnce() {
        AverageWindow window = AverageWindow.ending(SEP, 3, CLOSED);

        // 0.01 + 0.01 + 0.00 = 0.02 / 3 = 0.00667 -> 0.01
        assertThat(average(window, YearMonth.of(2020, 1), Map.of(JUL, 1L, AUG, 1L))).isEqualTo(1);
        // 100.00 + 100.00 + 100.01 = 300.01 / 3 = 100.0033 -> 100.00
        assertThat(average(window, YearMonth.of(2020, 1), Map.of(JUL, 10000L, AUG, 10000L, SEP, 10001L)))
                .isEqualTo(10000);
        // 0.05 / 2 = 0.025 -> 0.03
        assertThat(average(AverageWindow.ending(AUG, 3, CLOSED), YearMonth.of(2020, 1), Map.of(JUL, 5L)))
                .isEqualTo(3);
        // -0.05 / 2 = -0.025 -> -0.03 (half away from zero)
        assertThat(average(AverageWindow.ending(AUG, 3, CLOSED), YearMonth.of(2020, 1), Map.of(JUL, -5L)))
                .isEqualTo(-3);
    }

    @Test
    void noCountedMonthMeansNoAverage() {
        AverageWindow window = AverageWindow.ending(SEP, 3, CLOSED);

        assertThat(average(window, OCT, Map.of())).isEqualTo(Fen.NONE);
        assertThat(average(AverageWindow.ending(YearMonth.of(2024, 6), 3, CLOSED), JUL, Map.of()))
                .isEqualTo(Fen.NONE);
    }

    @Test
    void thePriorWindowEndsTheMonthBefore() {
        AverageWindow prior = AverageWindow.ending(SEP.minusMonths(1), 3, CLOSED);

        assertThat(prior.months()).containsExactly(JUL, AUG);
        // gaps in closed months shrink the window rather than reaching further back
        assertThat(AverageWindow.ending(OCT, 3, List.of(JUL, OCT)).months()).containsExactly(OCT);
    }
}
