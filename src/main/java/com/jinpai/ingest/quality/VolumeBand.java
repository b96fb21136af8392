package com.jinpai.ingest.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A fact file's rows against what it should hold: the usual, the median of the same source's earlier
 * files (the trailing {@code trailingFiles}, at least {@code minEarlierFiles} of them), taken whole for
 * a file whose period is over and pro-rated by days for one whose period the inputs reach only in part
 * (the payments of a bill still being paid). Outside {@code [expected × (1 + below), expected × (1 +
 * above)]} it is an anomaly: a warning, or an error where configured. The median, not the mean, so one
 * odd earlier file does not move the usual; the earlier files are taken as complete.
 */
public final class VolumeBand {

    private final BigDecimal below;
    private final BigDecimal above;
    private final int trailingFiles;
    private final int minEarlierFiles;

    public VolumeBand(BigDecimal below, BigDecimal above, int trailingFiles, int minEarlierFiles) {
        this.below = below;
        this.above = above;
        this.trailingFiles = trailingFiles;
        this.minEarlierFiles = minEarlierFiles;
    }

    /**
     * The days a file's rows belong to and the day the inputs are known up to. A file of a period not
     * yet over on that day holds only its first days' rows, so it is held to that share of the usual.
     *
     * @param first the period's first day (a payments file: the first day of the month its payments are made in)
     * @param last the period's last day
     * @param knownUpTo the newest day the inputs reach (the day the exports were taken)
     */
    public record Period(LocalDate first, LocalDate last, LocalDate knownUpTo) {

        public Period {
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("a period ends on or after its first day: " + first + ".." + last);
            }
        }

        long days() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }

        /** Days of the period up to {@code knownUpTo}: 0 before it starts, all of them once it is over. */
        long daysKnown() {
            return Math.max(0, Math.min(ChronoUnit.DAYS.between(first, knownUpTo) + 1, days()));
        }

        boolean inProgress() {
            return daysKnown() < days();
        }
    }

    /** @param expected the rows the file was held to, null when there was nothing to compare with */
    public record Verdict(boolean anomalous, @Nullable Long expected, String text) {
    }

    /** A file whose period is over (or has none): held to the whole usual. */
    public Verdict judge(String file, long rows, List<Long> earlierRows) {
        return judge(file, rows, earlierRows, null);
    }

    /**
     * @param earlierRows rows of the source's earlier files, oldest first
     * @param period the file's period and how far the inputs reach into it; null: the file is complete
     */
    public Verdict judge(String file, long rows, List<Long> earlierRows, @Nullable Period period) {
        List<Long> trailing = earlierRows.subList(Math.max(0, earlierRows.size() - trailingFiles), earlierRows.size());
        if (trailing.size() < minEarlierFiles) {
            return new Verdict(false, null, file + ": " + rows + " rows (too few earlier files to compare)");
        }
        long usual = median(trailing);
        String basis = String.format("median of the %d earlier file(s)", trailing.size());
        if (period == null || !period.inProgress()) {
            return verdict(String.format("%s: %,d rows against the usual %,d (%s)", file, rows, usual, basis), rows,
                    usual);
        }
        String span = period.first() + ".." + period.last();
        if (period.daysKnown() == 0) {
            return new Verdict(false, null, String.format("%s: %,d rows; its period %s starts after %s, the newest day"
                    + " the inputs reach: nothing to compare yet", file, rows, span, period.knownUpTo()));
        }
        long expected = BigDecimal.valueOf(usual).multiply(BigDecimal.valueOf(period.daysKnown()))
                .divide(BigDecimal.valueOf(period.days()), 0, RoundingMode.HALF_UP).longValueExact();
        return verdict(String.format("%s: %,d rows against %,d expected by %s, the usual %,d (%s) pro-rated to %d"
                + " of the %d days of its period %s", file, rows, expected, period.knownUpTo(), usual,
                basis, period.daysKnown(), period.days(), span), rows, expected);
    }

    private Verdict verdict(String comparison, long rows, long expected) {
        BigDecimal low = BigDecimal.valueOf(expected).multiply(BigDecimal.ONE.add(below));
        BigDecimal high = BigDecimal.valueOf(expected).multiply(BigDecimal.ONE.add(above));
        BigDecimal actual = BigDecimal.valueOf(rows);
        boolean anomalous = actual.compareTo(low) < 0 || actual.compareTo(high) > 0;
        String change = expected == 0 ? "n/a" : signed(BigDecimal.valueOf(rows - expected)
                .divide(BigDecimal.valueOf(expected), 4, RoundingMode.HALF_UP));
        String text = comparison + ", " + change
                + (anomalous ? ", outside the band " + signed(below) + " / " + signed(above) : "");
        return new Verdict(anomalous, expected, text);
    }

    /** The median; the lower middle value for an even count, so it is always a real file's count. */
    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static String signed(BigDecimal share) {
        String percent = share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
        return share.signum() >= 0 ? "+" + percent : percent;
    }
}
