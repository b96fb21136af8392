package com.jinpai.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The job parameters the value flows read, parsed with messages that say what to pass. */
final class JobParameterValues {

    static final String MONTH = "month";
    static final String AS_OF = "asOf";

    private JobParameterValues() {
    }

    static YearMonth month(Map<String, Object> parameters) {
        Object value = parameters.get(MONTH);
        if (value == null) {
            throw new IllegalArgumentException("Job parameter 'month' is missing: pass the bill month as YYYY-MM");
        }
        try {
            return YearMonth.parse(value.toString());
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("Job parameter 'month' is '" + value + "': expected YYYY-MM, e.g. 2024-10",
                    ex);
        }
    }

    static LocalDate asOf(Map<String, Object> parameters) {
        Object value = parameters.get(AS_OF);
        if (value == null) {
            throw new IllegalArgumentException("Job parameter 'asOf' is missing: pass the night's date as YYYY-MM-DD");
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        try {
            return LocalDate.parse(value.toString());
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("Job parameter 'asOf' is '" + value + "': expected YYYY-MM-DD", ex);
        }
    }
}
