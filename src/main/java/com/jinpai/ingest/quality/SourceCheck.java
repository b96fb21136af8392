package com.jinpai.ingest.quality;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One source as judged: its newest loaded file, its newest data and their age on the day judged,
 * the newest file's rows against the usual, and the level with every finding that is not a pass.
 *
 * @param newestFile the newest loaded file (by name: monthly and daily files sort by date), or null
 * @param newestData the newest data date (usage_date, paid_at, closed bill month's last day,
 *        complaint opened_at); null for snapshots and for a source without data
 * @param ageDays days from {@code newestData} to the day judged, null when not measured
 * @param rows rows read from the newest file, null without one
 * @param usualRows the rows the newest file was held to: the median of the earlier files' rows, pro-rated
 *        by days for a file whose period is still in progress; null when there is nothing to compare with
 * @param findings what is wrong (warnings and errors), one line each, naming the source; empty on PASS
 */
public record SourceCheck(String source, Level level, @Nullable String newestFile, @Nullable LocalDate newestData,
        @Nullable Long ageDays, @Nullable Long rows, @Nullable Long usualRows, List<SourceCheck.Finding> findings) {

    /** One thing wrong with the source, naming it. */
    public record Finding(Level level, String text) {
    }

    public SourceCheck {
        findings = List.copyOf(findings);
    }
}
