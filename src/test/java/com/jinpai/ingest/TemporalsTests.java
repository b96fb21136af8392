package com.jinpai.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemporalsTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static LocalDate date(String text, String... patterns) throws InvalidValue {
        return Temporals.of(List.of(patterns)).date(text);
    }

    private static LocalDateTime dateTime(String text, String... patterns) throws InvalidValue {
        return Temporals.of(List.of(patterns)).dateTime(text, SHANGHAI);
    }

    @Test
    void datesAreStrict() throws InvalidValue {
        assertThat(date("2024-02-29", "yyyy-MM-dd")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> date("2023-02-29", "yyyy-MM-dd")).isInstanceOf(InvalidValue.class)
                .hasMessage("not a date in the formats [yyyy-MM-dd]");
        assertThatThrownBy(() -> date("2024-13-01", "yyyy-MM-dd")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> date("2024-1-5", "yyyy-MM-dd")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> date("2024-10-0a", "yyyy-MM-dd")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> date("2024-10-01 ", "yyyy-MM-dd")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void formatsAreTriedInOrder() throws InvalidValue {
        String[] formats = {"yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"};
        assertThat(date("2024-10-01", formats)).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(date("2024/10/02", formats)).isEqualTo(LocalDate.of(2024, 10, 2));
        assertThat(date("20241003", formats)).isEqualTo(LocalDate.of(2024, 10, 3));
    }

    @Test
    void prolepticYearPatternsWorkToo() throws InvalidValue {
        assertThat(date("2024-10-01", "uuuu-MM-dd")).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(date("01/10/2024", "dd/MM/uuuu")).isEqualTo(LocalDate.of(2024, 10, 1));
    }

    @Test
    void theHandReadIsoShapesAgreeWithTheFormatters() throws InvalidValue {
        for (LocalDate day = LocalDate.of(2023, 12, 25); day.isBefore(LocalDate.of(2025, 1, 5)); day = day.plusDays(1)) {
            String text = day.toString();
            assertThat(date(text, "yyyy-MM-dd")).isEqualTo(date(text, "yyyy-MM-dd['']"));
        }
        assertThatThrownBy(() -> date("2023-02-29", "yyyy-MM-dd['']")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void dateTimesWithoutOffsetAreBusinessTime() throws InvalidValue {
        String[] formats = {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"};
        assertThat(dateTime("2024-10-05T10:15:00", formats)).isEqualTo(LocalDateTime.of(2024, 10, 5, 10, 15));
        assertThat(dateTime("2024-10-06 09:00:00", formats)).isEqualTo(LocalDateTime.of(2024, 10, 6, 9, 0));
        assertThatThrownBy(() -> dateTime("2024-10-06 25:00:00", formats)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> dateTime("2024-10-06T09:00", formats)).isInstanceOf(InvalidValue.class)
                .hasMessage("not a date-time in the formats [yyyy-MM-dd'T'HH:mm:ss, yyyy-MM-dd HH:mm:ss]");
    }

    @Test
    void dateTimesWithAnOffsetAreConvertedToTheBusinessZone() throws InvalidValue {
        assertThat(dateTime("2024-10-20T00:30:00Z", "yyyy-MM-dd'T'HH:mm:ssXXX"))
                .isEqualTo(LocalDateTime.of(2024, 10, 20, 8, 30));
        assertThat(dateTime("2024-10-20T08:30:00+08:00", "yyyy-MM-dd'T'HH:mm:ssXXX"))
                .isEqualTo(LocalDateTime.of(2024, 10, 20, 8, 30));
    }

    @Test
    void monthsInEitherSpelling() throws InvalidValue {
        Temporals formats = Temporals.of(List.of("yyyy-MM", "yyyyMM"));
        assertThat(formats.month("2024-10")).isEqualTo(YearMonth.of(2024, 10));
        assertThat(formats.month("202411")).isEqualTo(YearMonth.of(2024, 11));
        assertThatThrownBy(() -> formats.month("2024-13")).isInstanceOf(InvalidValue.class)
                .hasMessage("not a month in the formats [yyyy-MM, yyyyMM]");
        assertThatThrownBy(() -> formats.month("2024-1")).isInstanceOf(InvalidValue.class);
    }
}
