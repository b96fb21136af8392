package com.jinpai.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import com.jinpai.report.MonthStory.Figures;
import com.jinpai.report.MonthStory.SegmentRow;
import com.jinpai.report.ReportData.MigrationCell;
import com.jinpai.value.ValueSummary;
import com.jinpai.value.ValueSummaryQuery;
import com.jinpai.value.segment.RfmSegment;
import com.jinpai.value.segment.Trend;
import com.jinpai.value.star.StarProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads a month's story: figures of the month and the one before and the star moves (from the
 * months' value summaries), segment_summary.
 */
@Repository
class StoryQueries {

    static final List<String> DIMENSIONS = List.of("REGION", "BRAND", "RFM_SEGMENT", "TREND", "STAR");
    private static final String NONE = "NONE";
    private static final String NEAR_STAR = "NEAR_STAR";

    private final JdbcTemplate jdbc;
    private final ValueSummaryQuery summaries;
    private final List<String> starOrder;

    StoryQueries(DataSource dataSource, ValueSummaryQuery summaries, StarProperties stars) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.summaries = summaries;
        List<String> order = new ArrayList<>();
        stars.levels().forEach(level -> order.add(0, level.name()));
        order.add(NEAR_STAR);
        order.add(NONE);
        this.starOrder = List.copyOf(order);
    }

    MonthStory story(YearMonth month) {
        YearMonth before = month.minusMonths(1);
        Figures figures = figures(month);
        Figures previous = figures(before);
        boolean hasPrevious = previous.customers() > 0;
        Map<String, List<SegmentRow>> segments = segments(month, hasPrevious ? before : null);
        return new MonthStory(hasPrevious ? before.toString() : null, figures, hasPrevious ? previous : null,
                segments, starOrder, starMoves(month));
    }

    /** The evaluated months an execution wrote (month-close and catch-up record each in value_month_state). */
    List<YearMonth> monthsEvaluatedBy(long jobExecutionId) {
        return jdbc.queryForList("SELECT bill_month FROM value_month_state WHERE job_execution_id = ?"
                + " ORDER BY bill_month", String.class, jobExecutionId).stream().map(YearMonth::parse).toList();
    }

    /** Every month with customer values, ascending, with its figures: the index page. */
    Map<YearMonth, Figures> months() {
        Map<YearMonth, Figures> months = new LinkedHashMap<>();
        summaries.months().forEach(month -> months.put(month, figures(month)));
        return months;
    }

    private Figures figures(YearMonth month) {
        ValueSummary summary = summaries.forMonth(month);
        return new Figures(summary.customers(), summary.vipCustomers(), summary.revenue(),
                summary.topDecilePercentOrNull(), summary.starCustomers());
    }

    private Map<String, List<SegmentRow>> segments(YearMonth month, YearMonth before) {
        Map<String, Map<String, Long>> previous = new LinkedHashMap<>();
        if (before != null) {
            jdbc.query("SELECT dimension, segment, customers FROM segment_summary WHERE bill_month = ?", rs -> {
                previous.computeIfAbsent(rs.getString(1), d -> new LinkedHashMap<>()).put(rs.getString(2),
                        rs.getLong(3));
            }, before.toString());
        }
        Map<String, List<SegmentRow>> segments = new LinkedHashMap<>();
        DIMENSIONS.forEach(dimension -> segments.put(dimension, new ArrayList<>()));
        jdbc.query("SELECT dimension, segment, customers, revenue, revenue_share FROM segment_summary"
                + " WHERE bill_month = ?", rs -> {
                    String dimension = rs.getString(1);
                    List<SegmentRow> rows = segments.get(dimension);
                    if (rows != null) {
                        Long last = before == null ? null
                                : previous.getOrDefault(dimension, Map.of()).getOrDefault(rs.getString(2), 0L);
                        rows.add(new SegmentRow(rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                                rs.getBigDecimal(5).movePointRight(2), last));
                    }
                }, month.toString());
        segments.forEach((dimension, rows) -> rows.sort(order(dimension)));
        return segments;
    }

    /** Regions and brands by revenue, the coded dimensions in their own order; NONE last. */
    private Comparator<SegmentRow> order(String dimension) {
        Comparator<SegmentRow> byName = Comparator.comparing(SegmentRow::segment);
        return switch (dimension) {
            case "RFM_SEGMENT" -> Comparator.comparingInt((SegmentRow r) -> position(r.segment(),
                    enumNames(RfmSegment.values()))).thenComparing(byName);
            case "TREND" -> Comparator.comparingInt((SegmentRow r) -> position(r.segment(), enumNames(Trend.values())))
                    .thenComparing(byName);
            case "STAR" -> Comparator.comparingInt((SegmentRow r) -> position(r.segment(), starOrder))
                    .thenComparing(byName);
            default -> Comparator.comparing((SegmentRow r) -> NONE.equals(r.segment()))
                    .thenComparing(SegmentRow::revenue, Comparator.reverseOrder()).thenComparing(byName);
        };
    }

    private static List<String> enumNames(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        names.add(NONE);
        return names;
    }

    private static int position(String name, List<String> order) {
        int position = order.indexOf(name);
        return position < 0 ? order.size() : position;
    }

    private List<MigrationCell> starMoves(YearMonth month) {
        return summaries.starMoves(month).stream().map(move -> new MigrationCell(move.from(), move.to(),
                move.customers())).toList();
    }
}
