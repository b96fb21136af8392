package com.jinpai.report;

import java.time.LocalDate;
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
import com.jinpai.run.RunParameters;
import com.jinpai.value.NightlyValueConfiguration;
import com.jinpai.value.ValueSummary;
import com.jinpai.value.ValueSummaryQuery;
import com.jinpai.value.segment.RfmSegment;
import com.jinpai.value.segment.Trend;
import com.jinpai.value.star.StarProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads a month's story: figures of the month and the one before and the star moves (from the
 * months' value summaries), segment_summary, and for an estimate its as-of day (from the run history).
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
        ValueSummary summary = summaries.forMonth(month);
        Figures figures = figures(summary);
        Figures previous = figures(before);
        boolean hasPrevious = previous.customers() > 0;
        Map<String, List<SegmentRow>> segments = segments(month, hasPrevious ? before : null);
        return new MonthStory(hasPrevious ? before.toString() : null, figures, hasPrevious ? previous : null,
                segments, starOrder, starMoves(month),
                HeaderComparison.of(summary.estimated(), summary.estimated() ? estimateAsOf(month) : null));
    }

    /**
     * The as-of day of the month's estimate: the {@code asOf} of the latest run whose estimate step
     * completed for the month (each night's estimate replaces the one before); null when the run
     * history has none, or a day outside the month.
     */
    @Nullable LocalDate estimateAsOf(YearMonth month) {
        List<String> days = jdbc.query("""
                SELECT a.PARAMETER_VALUE FROM BATCH_STEP_EXECUTION s
                JOIN BATCH_JOB_EXECUTION_PARAMS m ON m.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                    AND m.PARAMETER_NAME = ? AND m.PARAMETER_VALUE = ?
                JOIN BATCH_JOB_EXECUTION_PARAMS a ON a.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                    AND a.PARAMETER_NAME = ?
                WHERE s.STEP_NAME = ? AND s.STATUS = 'COMPLETED'
                ORDER BY s.STEP_EXECUTION_ID DESC""", (rs, n) -> rs.getString(1), RunParameters.MONTH,
                month.toString(), RunParameters.AS_OF, NightlyValueConfiguration.ESTIMATE_STEP);
        return days.stream().filter(day -> day != null && !day.isBlank()).findFirst().map(LocalDate::parse)
                .filter(day -> YearMonth.from(day).equals(month)).orElse(null);
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
        return figures(summaries.forMonth(month));
    }

    private static Figures figures(ValueSummary summary) {
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
