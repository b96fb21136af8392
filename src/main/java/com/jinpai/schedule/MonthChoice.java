package com.jinpai.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Which month a scheduled run is about, decided when it fires: {@code current} (the open month,
 * for {@code nightly}), {@code previous} (the month whose bill just arrived, for
 * {@code month-close}) or a fixed {@code YYYY-MM}.
 */
public record MonthChoice(Kind kind, @Nullable YearMonth fixed) {

    public enum Kind { CURRENT, PREVIOUS, FIXED }

    public static MonthChoice parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "current":
                return new MonthChoice(Kind.CURRENT, null);
            case "previous":
                return new MonthChoice(Kind.PREVIOUS, null);
            default:
                try {
                    return new MonthChoice(Kind.FIXED, YearMonth.parse(value));
                }
                catch (DateTimeParseException ex) {
                    throw new IllegalArgumentException("'" + text + "' is not a month; use current, previous or "
                            + "YYYY-MM (e.g. 2026-10)");
                }
        }
    }

    public YearMonth resolve(LocalDate today) {
        return switch (kind) {
            case CURRENT -> YearMonth.from(today);
            case PREVIOUS -> YearMonth.from(today).minusMonths(1);
            case FIXED -> fixed;
        };
    }

    public String text() {
        return kind == Kind.FIXED ? fixed.toString() : kind.name().toLowerCase(Locale.ROOT);
    }
}
