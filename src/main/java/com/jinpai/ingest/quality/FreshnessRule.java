package com.jinpai.ingest.quality;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * A source's freshness, like dbt's source freshness: the age in days of its newest data (newest
 * usage day, payment, closed bill month's last day, complaint) on the day judged, against a warn and
 * an error age. No data at all is a warning (nothing to judge, nothing stale either); data newer than
 * the day judged is age 0.
 */
public final class FreshnessRule {

    private final @Nullable Integer warnAfterDays;
    private final @Nullable Integer errorAfterDays;

    public FreshnessRule(@Nullable Integer warnAfterDays, @Nullable Integer errorAfterDays) {
        this.warnAfterDays = warnAfterDays;
        this.errorAfterDays = errorAfterDays;
    }

    /** @param age days, null when there is no data */
    public record Verdict(Level level, @Nullable Long age, String text) {
    }

    public Verdict judge(String source, @Nullable LocalDate newest, LocalDate judgedOn) {
        if (newest == null) {
            return new Verdict(Level.WARN, null, source + ": no data loaded, freshness cannot be judged");
        }
        long age = Math.max(0, ChronoUnit.DAYS.between(newest, judgedOn));
        if (errorAfterDays != null && age > errorAfterDays) {
            return new Verdict(Level.ERROR, age, source + ": newest data " + newest + " is " + age
                    + " days old on " + judgedOn + ", past its error age of " + errorAfterDays + " days");
        }
        if (warnAfterDays != null && age > warnAfterDays) {
            return new Verdict(Level.WARN, age, source + ": newest data " + newest + " is " + age
                    + " days old on " + judgedOn + ", past its warn age of " + warnAfterDays + " days");
        }
        return new Verdict(Level.PASS, age, source + ": newest data " + newest + ", " + age + " days old");
    }
}
