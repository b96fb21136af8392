package com.jinpai.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jinpai.report.ReportData.MigrationCell;
import org.jspecify.annotations.Nullable;

/**
 * What tells a month's story at a glance, beside {@link ReportData}: the header figures against the
 * previous month, the segments of every dimension of {@code segment_summary} against the previous
 * month, and the star moves. Read by {@link StoryQueries}, shown by {@link StorySections}.
 *
 * @param previousMonth the month compared with, null when it has no customer values
 * @param figures this month's header figures
 * @param previous the previous month's, null with {@code previousMonth}
 * @param segments per dimension (REGION, BRAND, RFM_SEGMENT, TREND, STAR), the segments in display order
 * @param starOrder star segments from the highest level down, then NEAR_STAR and NONE
 * @param starMoves customers per (star before, star after) of the month's evaluation
 * @param comparison what the header's figures are compared with: whole months, or an estimate's month to date
 */
record MonthStory(@Nullable String previousMonth, Figures figures, @Nullable Figures previous,
        Map<String, List<SegmentRow>> segments, List<String> starOrder, List<MigrationCell> starMoves,
        HeaderComparison comparison) {

    static MonthStory none() {
        return new MonthStory(null, new Figures(0, 0, BigDecimal.ZERO, null, 0), null, Map.of(), List.of(), List.of(),
                HeaderComparison.WHOLE_MONTHS);
    }

    /** @param topDecileShare percent, null when nothing is ranked */
    record Figures(long customers, long vips, BigDecimal revenue, @Nullable BigDecimal topDecileShare, long stars) {
    }

    /** @param previousCustomers the segment's customers last month, null when it had none or there is no last month */
    record SegmentRow(String segment, long customers, BigDecimal revenue, BigDecimal revenueShare,
            @Nullable Long previousCustomers) {
    }
}
