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

import org.jspecify.annotations.Nullable;

/**
 * Dates, date-times and months read by the formats a mapping lists, tried in order. Strict: a
 * 30 February is an error, not 28 February. The ISO shapes the canonical layout uses are read
 * without a {@link DateTimeFormatter}, which is several times slower on millions of rows.
 */
final class Temporals {

    private final List<String> patterns;
    private final List<Format> formats;

    private Temporals(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        this.formats = patterns.stream().map(Format::new).toList();
    }

    static Temporals of(List<String> patterns) {
        return new Temporals(patterns);
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

    LocalDate date(String text) throws InvalidValue {
        for (Format format : formats) {
            LocalDate date = format.date(text);
            if (date != null) {
                return date;
            }
        }
        throw new InvalidValue("not a date in the formats " + patterns);
    }

    YearMonth month(String text) throws InvalidValue {
        for (Format format : formats) {
            YearMonth month = format.month(text);
            if (month != null) {
                return month;
            }
        }
        throw new InvalidValue("not a month in the formats " + patterns);
    }

    /** A date-time in the business zone; one written with an offset is converted to that zone. */
    LocalDateTime dateTime(String text, ZoneId zone) throws InvalidValue {
        for (Format format : formats) {
            LocalDateTime dateTime = format.dateTime(text, zone);
            if (dateTime != null) {
                return dateTime;
            }
        }
        throw new InvalidValue("not a date-time in the formats " + patterns);
    }

    /** One pattern: an ISO shape read by hand, or any other pattern through its formatter. */
    private static final class Format {

        private enum Shape { DATE, MONTH, DATE_T_TIME, DATE_SPACE_TIME, OTHER }

        private final Shape shape;
        private final DateTimeFormatter formatter;

        Format(String pattern) {
            this.formatter = formatter(pattern);
            this.shape = switch (pattern.replace('u', 'y')) {
                case "yyyy-MM-dd" -> Shape.DATE;
                case "yyyy-MM" -> Shape.MONTH;
                case "yyyy-MM-dd'T'HH:mm:ss" -> Shape.DATE_T_TIME;
                case "yyyy-MM-dd HH:mm:ss" -> Shape.DATE_SPACE_TIME;
                default -> Shape.OTHER;
            };
        }

        @Nullable LocalDate date(String text) {
            try {
                if (shape == Shape.DATE) {
                    return isoDate(text, text.length() == 10) ? LocalDate.of(number(text, 0, 4), number(text, 5, 7),
                            number(text, 8, 10)) : null;
                }
                return shape == Shape.OTHER ? parse(text, LocalDate::from) : null;
            }
            catch (DateTimeException ex) {
                return null;
            }
        }

        @Nullable YearMonth month(String text) {
            try {
                if (shape == Shape.MONTH) {
                    return text.length() == 7 && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7)
                            ? YearMonth.of(number(text, 0, 4), number(text, 5, 7)) : null;
                }
                return shape == Shape.OTHER ? parse(text, YearMonth::from) : null;
            }
            catch (DateTimeException ex) {
                return null;
            }
        }

        @Nullable LocalDateTime dateTime(String text, ZoneId zone) {
            try {
                if (shape == Shape.DATE_T_TIME || shape == Shape.DATE_SPACE_TIME) {
                    char separator = shape == Shape.DATE_T_TIME ? 'T' : ' ';
                    boolean iso = text.length() == 19 && isoDate(text, true) && text.charAt(10) == separator
                            && digits(text, 11, 13) && text.charAt(13) == ':' && digits(text, 14, 16)
                            && text.charAt(16) == ':' && digits(text, 17, 19);
                    return iso ? LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                            number(text, 11, 13), number(text, 14, 16), number(text, 17, 19)) : null;
                }
                if (shape != Shape.OTHER) {
                    return null;
                }
                TemporalAccessor parsed = parse(text, accessor -> accessor);
                if (parsed == null) {
                    return null;
                }
                if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                    return OffsetDateTime.from(parsed).atZoneSameInstant(zone).toLocalDateTime();
                }
                return LocalDateTime.from(parsed);
            }
            catch (DateTimeException ex) {
                return null;
            }
        }

        private <T> @Nullable T parse(String text, TemporalQuery<T> query) {
            try {
                return formatter.parse(text, query);
            }
            catch (DateTimeException ex) {
                return null;
            }
        }

        private static boolean isoDate(String text, boolean longEnough) {
            return longEnough && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7)
                    && text.charAt(7) == '-' && digits(text, 8, 10);
        }

        private static boolean digits(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        private static int number(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                value = value * 10 + (text.charAt(i) - '0');
            }
            return value;
        }
    }
}
