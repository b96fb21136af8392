package com.jinpai.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;

import com.jinpai.report.ParetoCurve.ParetoPoint;
import com.jinpai.report.ReportData.Basis;
import com.jinpai.report.ReportData.Header;
import com.jinpai.report.ReportData.MigrationCell;
import com.jinpai.report.ReportData.TierRow;
import com.jinpai.value.ClosedMonths;
import com.jinpai.value.ValueSummary;
import com.jinpai.value.ValueSummaryQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads a month's customer values: totals, tiers, tier moves and the spend distribution. */
@Repository
class ValueQueries {

    /** Rows fetched per round trip while streaming spends (a server cursor on MySQL with useCursorFetch). */
    private static final int STREAM_FETCH_SIZE = 5_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final ClosedMonths closedMonths;
    private final ValueSummaryQuery summaries;

    ValueQueries(DataSource dataSource, ClosedMonths closedMonths, ValueSummaryQuery summaries) {
        this.closedMonths = closedMonths;
        this.summaries = summaries;
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(STREAM_FETCH_SIZE);
    }

    /** From the month's value summary: top-decile share in percent, null without ranks or revenue. */
    Header header(YearMonth month) {
        ValueSummary summary = summaries.forMonth(month);
        long customers = summary.customers();
        Basis basis = customers == 0 ? Basis.NONE : closedMonths.all().contains(month) ? Basis.CLOSED : Basis.ESTIMATED;
        BigDecimal topDecile = summary.rankedCustomers() == 0 || summary.revenue().signum() <= 0 ? null
                : summary.topDecileRevenueShare().movePointRight(2);
        return new Header(month, basis, customers, summary.vipCustomers(), summary.revenue(), topDecile);
    }

    /** Per tier from segment_summary; from customer_month when the summary has not been written. */
    List<TierRow> tiers(YearMonth month) {
        List<TierRow> rows = jdbc.query("SELECT segment, customers, revenue FROM segment_summary"
                + " WHERE bill_month = ? AND dimension = 'TIER'", (rs, i) -> new TierRow(rs.getString(1),
                        rs.getLong(2), rs.getBigDecimal(3)), month.toString());
        if (rows.isEmpty()) {
            rows = jdbc.query("SELECT tier, COUNT(*), COALESCE(SUM(spend), 0) FROM customer_month"
                    + " WHERE bill_month = ? GROUP BY tier", (rs, i) -> new TierRow(rs.getString(1),
                            rs.getLong(2), rs.getBigDecimal(3)), month.toString());
        }
        return rows.stream().sorted((a, b) -> TierOrder.COMPARATOR.compare(a.tier(), b.tier())).toList();
    }

    List<MigrationCell> migration(YearMonth month) {
        return jdbc.query("SELECT from_tier, to_tier, customers FROM tier_migration WHERE bill_month = ?"
                + " ORDER BY from_tier, to_tier", (rs, i) -> new MigrationCell(rs.getString(1), rs.getString(2),
                        rs.getLong(3)), month.toString());
    }

    /**
     * Streams every spend of the month, largest first, into the curve; only the bucket sums are
     * kept. Ties need no second sort key: equal spends add up to the same sums in any order.
     */
    List<ParetoPoint> pareto(YearMonth month, long customers, int points) {
        ParetoCurve curve = new ParetoCurve(customers, points);
        streaming.query("SELECT spend FROM customer_month WHERE bill_month = ? ORDER BY spend DESC",
                rs -> {
                    curve.add(rs.getBigDecimal(1));
                }, month.toString());
        return curve.points();
    }

    List<String> monthsWithData() {
        return jdbc.queryForList("SELECT DISTINCT bill_month FROM customer_month UNION"
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
