package com.jinpai.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.jinpai.value.spend.ArrearsProperties;
import com.jinpai.value.spend.ArrearsRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueCalendarTests {

    private static final YearMonth JUN = YearMonth.of(2024, 6);
    private static final YearMonth JUL = YearMonth.of(2024, 7);
    private static final YearMonth AUG = YearMonth.of(2024, 8);
    private static final YearMonth SEP = YearMonth.of(2024, 9);
    private static final YearMonth OCT = YearMonth.of(2024, 10);
    private static final List<YearMonth> CLOSED = List.of(JUN, JUL, AUG, SEP, OCT);
    private final ArrearsRule arrears = new ArrearsRule(new ArrearsProperties(20));

    @Test
    void aClosedMonthReadsTheMonthsOfBothWindows() {
        ValueCalendar september = new ValueCalendar(SEP, SEP.atEndOfMonth(), CLOSED);

        assertThat(september.closedMonths()).containsExactly(JUN, JUL, AUG, SEP);
        assertThat(september.previousClosed()).isEqualTo(AUG);
        assertThat(september.window(3).months()).containsExactly(JUL, AUG, SEP);
        assertThat(september.priorWindow(3).months()).containsExactly(JUN, JUL, AUG);
        assertThat(september.historyMonths(3, arrears)).containsExactly(JUN, JUL, AUG);
        assertThat(september.latestPastDue(arrears)).isEqualTo(AUG);
        assertThat(september.paymentsFrom()).isEqualTo(LocalDate.of(2024, 9, 1));
    }

    @Test
    void theFirstClosedMonthCountsNoPayments() {
        ValueCalendar june = new ValueCalendar(JUN, JUN.atEndOfMonth(), CLOSED);

        assertThat(june.previousClosed()).isNull();
        assertThat(june.paymentsFrom()).isAfter(june.asOf());
        assertThat(june.historyMonths(3, arrears)).isEmpty();
    }

    @Test
    void anOpenMonthEarlyInTheMonthReachesBackToTheLastPastDueBill() {
        YearMonth november = YearMonth.of(2024, 11);
        ValueCalendar night = new ValueCalendar(november, LocalDate.of(2024, 11, 10), CLOSED);

        assertThat(night.previousClosed()).isEqualTo(OCT);
        assertThat(night.latestPastDue(arrears)).isEqualTo(SEP);
        assertThat(night.priorWindow(3).months()).containsExactly(AUG, SEP, OCT);
        assertThat(night.historyMonths(3, arrears)).containsExactly(AUG, SEP, OCT);
        assertThat(night.paymentsFrom()).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void withNoClosedMonthThereIsNothingToCarry() {
        ValueCalendar night = new ValueCalendar(JUN, LocalDate.of(2024, 6, 5), List.of());

        assertThat(night.previousClosed()).isNull();
        assertThat(night.paymentsFrom()).isNull();
        assertThat(night.historyMonths(3, arrears)).isEmpty();
    }
}
