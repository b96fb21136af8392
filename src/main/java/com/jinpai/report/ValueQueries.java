package com.jinpai.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import com.jinpai.value.ParetoCurve;
import com.jinpai.value.ParetoCurve.ParetoPoint;
import com.jinpai.report.ReportData.Basis;
import com.jinpai.report.ReportData.Header;
import com.jinpai.report.ReportData.MigrationCell;
import com.jinpai.report.ReportData.TierRow;
import com.jinpai.system.jdbc.StreamingReads;
import com.jinpai.value.ClosedMonths;
import com.jinpai.value.ValueSummary;
import com.jinpai.value.ValueSummaryQuery;
import com.jinpai.value.tier.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads a month's customer values: totals, tiers, tier moves and the spend distribution, from the
 * small tables its evaluation wrote (the month's summary, segment_summary, tier_migration).
 */
@Repository
class ValueQueries {

    /** Rows fetched per round trip while reading spends where rows do not stream (H2; MySQL streams them). */
    private static final int STREAM_FETCH_SIZE = 5_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final ClosedMonths closedMonths;
    private final ValueSummaryQuery summaries;

    ValueQueries(DataSource dataSource, ClosedMonths closedMonths, ValueSummaryQuery summaries) {
        this.closedMonths = closedMonths;
        this.summaries = summaries;
        this.jdbc = new JdbcTemplate(dataSource);
        // a month's spends: streamed on MySQL rather than copied into a server cursor's temporary table first
        this.streaming = new StreamingReads(dataSource, STREAM_FETCH_SIZE);
    }

    /** From the month's value summary: top-decile share in percent, null without ranks or revenue. */
    Header header(YearMonth month) {
        ValueSummary summary = summaries.forMonth(month);
        long customers = summary.customers();
        Basis basis = customers == 0 ? Basis.NONE : closedMonths.all().contains(month) ? Basis.CLOSED : Basis.ESTIMATED;
        return new Header(month, basis, customers, summary.vipCustomers(), summary.revenue(),
                summary.topDecilePercentOrNull());
    }

    /** Per tier from segment_summary; from the month's value summary when segment_summary has no tier rows. */
    List<TierRow> tiers(YearMonth month) {
        List<TierRow> rows = jdbc.query("SELECT segment, customers, revenue FROM segment_summary"
                + " WHERE bill_month = ? AND dimension = 'TIER'", (rs, i) -> new TierRow(rs.getString(1),
                        rs.getLong(2), rs.getBigDecimal(3)), month.toString());
        if (rows.isEmpty()) {
            Map<Tier, Long> customers = summaries.forMonth(month).customersPerTier();
            rows = summaries.revenuePerTier(month).entrySet().stream().map(tier -> new TierRow(tier.getKey().name(),
                    customers.get(tier.getKey()), tier.getValue())).toList();
        }
        return rows.stream().sorted((a, b) -> TierOrder.COMPARATOR.compare(a.tier(), b.tier())).toList();
    }

    List<MigrationCell> migration(YearMonth month) {
        return jdbc.query("SELECT from_tier, to_tier, customers FROM tier_migration WHERE bill_month = ?"
                + " ORDER BY from_tier, to_tier", (rs, i) -> new MigrationCell(rs.getString(1), rs.getString(2),
                        rs.getLong(3)), month.toString());
    }

    /**
     * The curve the month's evaluation kept; for a month whose summary keeps none of that many
     * points, every spend of the month streamed largest first into the curve (only the bucket sums
     * are kept; ties need no second sort key: equal spends add up to the same sums in any order).
     */
    List<ParetoPoint> pareto(YearMonth month, long customers, int points) {
        return summaries.pareto(month, points).orElseGet(() -> streamedPareto(month, customers, points));
    }

    private List<ParetoPoint> streamedPareto(YearMonth month, long customers, int points) {
        ParetoCurve curve = new ParetoCurve(customers, points);
        streaming.query("SELECT spend FROM customer_month WHERE bill_month = ? ORDER BY spend DESC",
                rs -> {
                    curve.add(rs.getBigDecimal(1));
                }, month.toString());
        return curve.points();
    }

    List<String> monthsWithData() {
        return jdbc.queryForList("SELECT bill_month FROM value_month_summary UNION"
                + " SELECT DISTINCT bill_month FROM ingest_file WHERE bill_month IS NOT NULL ORDER BY 1", String.class);
    }

    long ingestFiles(YearMonth month) {
        return count("SELECT COUNT(*) FROM ingest_file WHERE bill_month = ?", month.toString());
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
