package com.jinpai.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.List;
import java.util.Locale;

/**
 * Dates, date-times and months read by the formats a mapping lists, tried in order. Strict: a
 * 30 February is an error, not 28 February.
 */
final class Temporals {

    private Temporals() {
    }

    /**
     * A strict formatter for a pattern as people write it ({@code yyyy-MM-dd}). Strict resolution
     * needs an era for {@code yyyy}; our dates are all in the common era.
     */
    static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder()
                .appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    static List<DateTimeFormatter> formatters(List<String> patterns) {
        return patterns.stream().map(Temporals::formatter).toList();
    }

    static LocalDate date(String text, List<DateTimeFormatter> formats, List<String> patterns) throws InvalidValue {
        return parse(text, formats, LocalDate::from, "a date", patterns);
    }

    static YearMonth month(String text, List<DateTimeFormatter> formats, List<String> patterns) throws InvalidValue {
        return parse(text, formats, YearMonth::from, "a month", patterns);
    }

    /** A date-time in the business zone; one written with an offset is converted to that zone. */
    static LocalDateTime dateTime(String text, List<DateTimeFormatter> formats, List<String> patterns, ZoneId zone)
            throws InvalidValue {
        TemporalAccessor parsed = parse(text, formats, accessor -> accessor, "a date-time", patterns);
        try {
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.from(parsed).atZoneSameInstant(zone).toLocalDateTime();
            }
            return LocalDateTime.from(parsed);
        }
        catch (DateTimeException ex) {
            throw new InvalidValue("not a date-time in the formats " + patterns);
        }
    }

    private static <T> T parse(String text, List<DateTimeFormatter> formats, TemporalQuery<T> query, String what,
            List<String> patterns) throws InvalidValue {
        for (DateTimeFormatter format : formats) {
            try {
                return format.parse(text, query);
            }
            catch (DateTimeException ex) {
                // try the next format
            }
        }
        throw new InvalidValue("not " + what + " in the formats " + patterns);
    }
}
