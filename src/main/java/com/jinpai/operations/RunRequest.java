package com.jinpai.operations;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * What an admin asked for: a job and a month, and optionally the run's business day and inbox.
 * {@link RunParameterResolver} turns it into the {@link com.jinpai.run.RunParameters} the run carries.
 *
 * @param asOf the run's business day; null takes the default (see {@link RunParameterResolver}), or
 *     for a re-run the original run's
 * @param inbox an inbox other than the configured one (or, for a re-run, than the original run's), or null
 * @param acceptShrink {@code --accept-shrink}: customers and account-managers files may drop more known
 *     keys than the shrink limit in this run
 * @param noMail write the lists but mail none ({@code --no-mail})
 */
public record RunRequest(String job, YearMonth month, @Nullable LocalDate asOf, @Nullable Path inbox,
        boolean acceptShrink, boolean noMail) {

    public RunRequest(String job, YearMonth month, @Nullable LocalDate asOf, @Nullable Path inbox) {
        this(job, month, asOf, inbox, false, false);
    }

    public static RunRequest of(String job, YearMonth month) {
        return new RunRequest(job, month, null, null);
    }
}
