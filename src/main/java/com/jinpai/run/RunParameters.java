package com.jinpai.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters every run carries, read and validated in one place for every job and step.
 * <ul>
 * <li>{@code month} (YYYY-MM, identifying): the month the run is about, so a re-run of October is
 * October again;</li>
 * <li>{@code asOf} (ISO date): the run's business day. Identifying for {@code nightly} (the night
 * it stands for); recorded, not identifying, for {@code month-close} (the day its lists were
 * published). Due dates, "today" and the estimate count from it, never from the wall clock;</li>
 * <li>{@code inbox} (absolute path, not identifying): the folder the run reads, so a restart or a
 * re-run reads the same exports;</li>
 * <li>{@code publishDay} (ISO date, not identifying): the business day the run's lists are published
 * and mailed, never before the as-of date. Issue and due dates count from it, so no row is overdue
 * when written; a re-run and a restart reuse it, so they write the same files on any later day.
 * An execution from before it was recorded publishes on its as-of date;</li>
 * <li>{@code noMail} ("true", not identifying, only when asked with {@code --no-mail}): the run writes
 * its lists but mails none of them;</li>
 * <li>{@code rerun} (identifying counter, only on re-runs): the n-th deliberate re-run;</li>
 * <li>{@code acceptShrink} (not identifying, only when given): the run's {@code --accept-shrink}, a
 * customers or account-managers file may drop more known keys than the shrink limit.</li>
 * </ul>
 * A run started by {@code JobRunner} always carries month, as-of and inbox; a step that needs one
 * the parameters lack fails with a message naming it.
 */
public final class RunParameters {

    public static final String MONTH = "month";
    public static final String AS_OF = "asOf";
    public static final String INBOX = "inbox";
    public static final String RERUN = "rerun";
    public static final String ACCEPT_SHRINK = "acceptShrink";
    public static final String PUBLISH_DAY = "publishDay";
    public static final String NO_MAIL = "noMail";

    private final YearMonth month;
    private final @Nullable LocalDate asOf;
    private final @Nullable Path inbox;
    private final long rerun;
    private final boolean acceptShrink;
    private final @Nullable LocalDate publishDay;
    private final boolean noMail;

    private RunParameters(YearMonth month, @Nullable LocalDate asOf, @Nullable Path inbox, long rerun,
            boolean acceptShrink, @Nullable LocalDate publishDay, boolean noMail) {
        this.month = month;
        this.asOf = asOf;
        this.inbox = inbox;
        this.rerun = rerun;
        this.acceptShrink = acceptShrink;
        this.publishDay = publishDay;
        this.noMail = noMail;
    }

    /** A complete set, as the runner starts a job with. */
    public static RunParameters of(YearMonth month, LocalDate asOf, Path inbox, long rerun) {
        if (rerun < 0) {
            throw new IllegalArgumentException("rerun must be 0 (a first run) or positive; got " + rerun);
        }
        return new RunParameters(month, asOf, inbox.toAbsolutePath().normalize(), rerun, false, null, false);
    }

    /** The same run, published on {@code day} (not before its as-of date). */
    public RunParameters publishedOn(LocalDate day) {
        if (asOf != null && day.isBefore(asOf)) {
            throw new IllegalArgumentException("publish day " + day + " is before the as-of date " + asOf);
        }
        return new RunParameters(month, asOf, inbox, rerun, acceptShrink, day, noMail);
    }

    /** The same run, mailing no list when {@code skip} ({@code --no-mail}). */
    public RunParameters withoutMail(boolean skip) {
        return new RunParameters(month, asOf, inbox, rerun, acceptShrink, publishDay, skip);
    }

    /** Reads the parameters of an execution; the month is required, the rest is checked when asked for. */
    public static RunParameters from(JobParameters parameters) {
        YearMonth month = month(parameters.getParameter(MONTH));
        LocalDate asOf = date(AS_OF, parameters.getParameter(AS_OF));
        String inbox = parameters.getString(INBOX);
        return new RunParameters(month, asOf, inbox == null || inbox.isBlank() ? null : Path.of(inbox),
                rerun(parameters.getParameter(RERUN)), Boolean.parseBoolean(parameters.getString(ACCEPT_SHRINK)),
                date(PUBLISH_DAY, parameters.getParameter(PUBLISH_DAY)),
                "true".equalsIgnoreCase(String.valueOf(parameters.getString(NO_MAIL))));
    }

    public static RunParameters from(JobExecution execution) {
        return from(execution.getJobParameters());
    }

    /** The month of an execution, or null for one that has none (a job outside the run contract). */
    public static @Nullable YearMonth monthOf(JobExecution execution) {
        JobParameter<?> month = execution.getJobParameters().getParameter(MONTH);
        return month == null ? null : month(month);
    }

    /**
     * The job parameters of a run of {@code job}: the as-of date identifies a nightly run (one run
     * per night) but not a month-close (one month-close per month, whatever day it ran).
     */
    public JobParameters toJobParameters(String job) {
        JobParametersBuilder builder = new JobParametersBuilder().addString(MONTH, month.toString());
        if (asOf != null) {
            builder.addString(AS_OF, asOf.toString(), JobNames.NIGHTLY.equals(job));
        }
        if (inbox != null) {
            builder.addString(INBOX, inbox.toString(), false);
        }
        if (publishDay != null) {
            builder.addString(PUBLISH_DAY, publishDay.toString(), false);
        }
        if (noMail) {
            builder.addString(NO_MAIL, "true", false);
        }
        if (rerun > 0) {
            builder.addLong(RERUN, rerun);
        }
        if (acceptShrink) {
            builder.addString(ACCEPT_SHRINK, "true", false);
        }
        return builder.toJobParameters();
    }

    public YearMonth month() {
        return month;
    }

    public LocalDate asOf() {
        if (asOf == null) {
            throw new IllegalArgumentException("job parameter '" + AS_OF + "' is missing: the run's business day "
                    + "(YYYY-MM-DD); runs started by `jinpai run` always carry it");
        }
        return asOf;
    }

    /** The day the lists are published: the recorded publish day, else the as-of date. */
    public LocalDate publishDay() {
        return publishDay != null ? publishDay : asOf();
    }

    public boolean hasPublishDay() {
        return publishDay != null;
    }

    public boolean hasAsOf() {
        return asOf != null;
    }

    public Path inbox() {
        if (inbox == null) {
            throw new IllegalArgumentException("job parameter '" + INBOX + "' is missing: the folder the run reads; "
                    + "runs started by `jinpai run` always carry it");
        }
        return inbox;
    }

    public boolean hasInbox() {
        return inbox != null;
    }

    /** Whether the run was asked not to mail its lists ({@code --no-mail}). */
    public boolean noMail() {
        return noMail;
    }

    /** 0 for a first run, n for the n-th re-run. */
    public long rerun() {
        return rerun;
    }

    /** The same run with another inbox (an explicit {@code rerun --inbox}). */
    public RunParameters withInbox(Path other) {
        return new RunParameters(month, asOf, other.toAbsolutePath().normalize(), rerun, acceptShrink, publishDay,
                noMail);
    }

    /** Whether snapshot files may drop more known keys than the shrink limit in this run. */
    public boolean acceptShrink() {
        return acceptShrink;
    }

    /** The same run, letting shrinking snapshot files through (the run's {@code --accept-shrink}). */
    public RunParameters acceptingShrink(boolean accept) {
        return new RunParameters(month, asOf, inbox, rerun, accept, publishDay, noMail);
    }

    /** "2026-10", "2026-11 as of 2026-11-05", "2026-10 as of 2026-11-03 (re-run 2)". */
    public String describe() {
        StringBuilder text = new StringBuilder(month.toString());
        if (asOf != null) {
            text.append(" as of ").append(asOf);
        }
        if (rerun > 0) {
            text.append(" (re-run ").append(rerun).append(')');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe() + (inbox == null ? "" : ", inbox " + inbox);
    }

    private static YearMonth month(@Nullable JobParameter<?> parameter) {
        if (parameter == null || parameter.value() == null || parameter.value().toString().isBlank()) {
            throw new IllegalArgumentException("job parameter '" + MONTH + "' is missing: pass the month as YYYY-MM, "
                    + "e.g. 2026-10");
        }
        Object value = parameter.value();
        if (value instanceof YearMonth month) {
            return month;
        }
        try {
            return YearMonth.parse(value.toString().trim());
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("job parameter '" + MONTH + "' is '" + value
                    + "': expected YYYY-MM, e.g. 2026-10", ex);
        }
    }

    private static long rerun(@Nullable JobParameter<?> parameter) {
        if (parameter == null || parameter.value() == null) {
            return 0;
        }
        Object value = parameter.value();
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("job parameter '" + RERUN + "' is '" + value
                    + "': expected the re-run number, e.g. 2", ex);
        }
    }

    private static @Nullable LocalDate date(String name, @Nullable JobParameter<?> parameter) {
        if (parameter == null || parameter.value() == null) {
            return null;
        }
        Object value = parameter.value();
        if (value instanceof LocalDate date) {
            return date;
        }
        try {
            return LocalDate.parse(value.toString().trim());
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("job parameter '" + name + "' is '" + value
                    + "': expected YYYY-MM-DD, e.g. 2026-11-05", ex);
        }
    }
}
