package com.jinpai.generate;

import java.time.LocalDateTime;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

    @Test
    void yuanAlwaysHasTwoDecimalsAndKeepsTheSignOfSmallAmounts() {
        assertThat(Formats.yuan(0)).isEqualTo("0.00");
        assertThat(Formats.yuan(5)).isEqualTo("0.05");
        assertThat(Formats.yuan(-5)).isEqualTo("-0.05");
        assertThat(Formats.yuan(-120)).isEqualTo("-1.20");
        assertThat(Formats.yuan(123_456)).isEqualTo("1234.56");
    }

    @Test
    void dateTimeKeepsZeroSecondsUnlikeLocalDateTimeToString() {
        LocalDateTime onTheMinute = LocalDateTime.of(2026, 9, 3, 8, 5, 0);
        assertThat(onTheMinute.toString()).isEqualTo("2026-09-03T08:05");
        assertThat(Formats.dateTime(onTheMinute)).isEqualTo("2026-09-03T08:05:00");
    }

    @Test
    void idsArePaddedToAFixedWidthSoByteOrderIsNumericOrder() {
        assertThat(Formats.zeroPadded(42, 7)).isEqualTo("0000042");
        assertThat(Formats.zeroPadded(12_345_678, 7)).isEqualTo("12345678");
        assertThat(Formats.compactMonth(YearMonth.of(2026, 8))).isEqualTo("202608");
    }
}
