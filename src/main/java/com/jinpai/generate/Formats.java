package com.jinpai.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** Text forms of the canonical layout, built by hand: no locale, no default time zone, no doubles. */
final class Formats {

    private Formats() {
    }

    /** Fen as yuan with exactly two decimals: 12345 -> "123.45", -5 -> "-0.05". */
    static String yuan(long fen) {
        StringBuilder text = new StringBuilder(14);
        if (fen < 0) {
            text.append('-');
        }
        long abs = Math.abs(fen);
        text.append(abs / 100).append('.');
        appendTwoDigits(text, (int) (abs % 100));
        return text.toString();
    }

    /** ISO date, yyyy-MM-dd. */
    static String date(LocalDate date) {
        return date.toString();
    }

    /** ISO local date-time that always carries seconds (LocalDateTime.toString() drops ":00"). */
    static String dateTime(LocalDateTime time) {
        StringBuilder text = new StringBuilder(19).append(time.toLocalDate()).append('T');
        appendTwoDigits(text, time.getHour());
        text.append(':');
        appendTwoDigits(text, time.getMinute());
        text.append(':');
        appendTwoDigits(text, time.getSecond());
        return text.toString();
    }

    /** 2026-08 -> "202608", the month part of generated ids. */
    static String compactMonth(YearMonth month) {
        StringBuilder text = new StringBuilder(6).append(month.getYear());
        appendTwoDigits(text, month.getMonthValue());
        return text.toString();
    }

    static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    private static void appendTwoDigits(StringBuilder text, int value) {
        if (value < 10) {
            text.append('0');
        }
        text.append(value);
    }
}
