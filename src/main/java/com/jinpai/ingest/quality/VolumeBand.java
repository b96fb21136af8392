package com.jinpai.ingest.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A fact file's rows against the usual: the median of the same source's earlier files (the
 * trailing {@code trailingFiles}, at least {@code minEarlierFiles} of them). Outside
 * {@code [median × (1 + below), median × (1 + above)]} it is an anomaly: a warning, or an error
 * where configured. The median, not the mean, so one odd earlier file does not move the usual.
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

    /** @param usual the median of the earlier files, null when there are too few to judge */
    public record Verdict(boolean anomalous, @Nullable Long usual, String text) {
    }

    /**
     * @param earlierRows rows of the source's earlier files, oldest first
     */
    public Verdict judge(String file, long rows, List<Long> earlierRows) {
        List<Long> trailing = earlierRows.subList(Math.max(0, earlierRows.size() - trailingFiles), earlierRows.size());
        if (trailing.size() < minEarlierFiles) {
            return new Verdict(false, null, file + ": " + rows + " rows (too few earlier files to compare)");
        }
        long usual = median(trailing);
        BigDecimal low = BigDecimal.valueOf(usual).multiply(BigDecimal.ONE.add(below));
        BigDecimal high = BigDecimal.valueOf(usual).multiply(BigDecimal.ONE.add(above));
        BigDecimal actual = BigDecimal.valueOf(rows);
        boolean anomalous = actual.compareTo(low) < 0 || actual.compareTo(high) > 0;
        String change = usual == 0 ? "n/a" : signed(BigDecimal.valueOf(rows - usual)
                .divide(BigDecimal.valueOf(usual), 4, RoundingMode.HALF_UP));
        String text = String.format("%s: %,d rows against the usual %,d (median of the %d earlier file(s)), %s%s",
                file, rows, usual, trailing.size(), change,
                anomalous ? ", outside the band " + signed(below) + " / " + signed(above) : "");
        return new Verdict(anomalous, usual, text);
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
