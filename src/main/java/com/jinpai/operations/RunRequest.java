package com.jinpai.operations;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * What an admin asked for: a job, the month, and for {@code nightly} the night it stands for.
 *
 * @param asOf the business date of a nightly run; null lets the runner pick it (today in the
 *     current month, the month's last day for a past month)
 * @param inbox an inbox other than the configured one, or null
 */
public record RunRequest(String job, YearMonth month, @Nullable LocalDate asOf, @Nullable Path inbox) {

    public static RunRequest of(String job, YearMonth month) {
        return new RunRequest(job, month, null, null);
    }
}
