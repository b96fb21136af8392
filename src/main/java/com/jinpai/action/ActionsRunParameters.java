package com.jinpai.action;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import com.jinpai.system.BusinessCalendar;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The job parameters of {@code actionsFlow}: {@code month} (YYYY-MM, required) and {@code asOf} (ISO
 * date, a String or a LocalDate parameter; today in the business zone when absent). Due dates count
 * from the as-of date, complaints are timed to its start and open actions due before it expire.
 */
record ActionsRunParameters(YearMonth month, LocalDate asOf) {

    static final String MONTH = "month";
    static final String AS_OF = "asOf";

    static ActionsRunParameters from(JobParameters parameters, BusinessCalendar calendar) {
        String month = parameters.getString(MONTH);
        if (month == null || month.isBlank()) {
            throw new IllegalArgumentException("job parameter '" + MONTH + "' is required (YYYY-MM, e.g. 2024-10)");
        }
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month.trim());
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("job parameter '" + MONTH + "' must be YYYY-MM, e.g. 2024-10; got '"
                    + month + "'", ex);
        }
        return new ActionsRunParameters(yearMonth, asOf(parameters.getParameter(AS_OF), calendar));
    }

    private static LocalDate asOf(JobParameter<?> parameter, BusinessCalendar calendar) {
        if (parameter == null) {
            return calendar.today();
        }
        Object value = parameter.value();
        if (value instanceof LocalDate date) {
            return date;
        }
        try {
            return LocalDate.parse(value.toString().trim());
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("job parameter '" + AS_OF + "' must be an ISO date, e.g. 2024-11-05; got '"
                    + value + "'", ex);
        }
    }
}
