package com.jinpai.value;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import com.jinpai.value.ParetoCurve.ParetoPoint;
import com.jinpai.value.tier.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what a month's evaluation kept of it ({@link MonthSummary}: {@code value_month_summary}
 * and its small tables) for run summaries and the report; never the month's {@code customer_month}
 * rows. Read-only.
 */
@Component
public class ValueSummaryQuery {

    private final JdbcTemplate jdbc;

    ValueSummaryQuery(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The summary of a month; a month without customer values gives zero customers. */
    public ValueSummary forMonth(YearMonth month) {
        String key = month.toString();
        Map<Tier, Long> perTier = new EnumMap<>(Tier.class);
        jdbc.query("SELECT tier, customers FROM value_month_tier WHERE bill_month = ?",
                rs -> {
                    perTier.put(Tier.valueOf(rs.getString(1)), rs.getLong(2));
                }, key);
        List<ValueSummary> rows = jdbc.query("SELECT estimated, customers, vip_customers, revenue, top_decile_revenue,"
                + " ranked_customers, star_customers, upgrades, downgrades, newly_tiered FROM value_month_summary"
                + " WHERE bill_month = ?", (rs, i) -> new ValueSummary(month, rs.getBoolean(1), rs.getLong(2),
                        ValueSummary.perTier(perTier), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getLong(6), rs.getLong(7)), key);
        return rows.isEmpty() ? ValueSummary.none(month) : rows.get(0);
    }

    /** Revenue (yuan) per tier with customers, in no particular order. */
    public Map<Tier, BigDecimal> revenuePerTier(YearMonth month) {
        Map<Tier, BigDecimal> revenue = new LinkedHashMap<>();
        jdbc.query("SELECT tier, revenue FROM value_month_tier WHERE bill_month = ?",
                rs -> {
                    revenue.put(Tier.valueOf(rs.getString(1)), rs.getBigDecimal(2));
                }, month.toString());
        return revenue;
    }

    /** A closed month's customers per (star before, star after); empty for an estimate. */
    public List<StarMove> starMoves(YearMonth month) {
        return jdbc.query("SELECT from_level, to_level, customers FROM value_month_star_move WHERE bill_month = ?"
                + " ORDER BY from_level, to_level", (rs, i) -> new StarMove(rs.getString(1), rs.getString(2),
                        rs.getLong(3)), month.toString());
    }

    /**
     * The month's revenue Pareto curve as its evaluation accumulated it into {@code points} points;
     * empty when the month's summary keeps no curve of that many points (a month evaluated before the
     * summaries were kept, or a changed {@code jinpai.report.pareto-points}).
     */
    public Optional<List<ParetoPoint>> pareto(YearMonth month, int points) {
        Integer kept = jdbc.query("SELECT pareto_points FROM value_month_summary WHERE bill_month = ?",
                rs -> rs.next() ? rs.getInt(1) : null, month.toString());
        if (kept == null || kept != points) {
            return Optional.empty();
        }
        return Optional.of(jdbc.query("SELECT customer_share, revenue_share FROM value_month_pareto"
                + " WHERE bill_month = ? ORDER BY point_index", (rs, i) -> new ParetoPoint(rs.getBigDecimal(1),
                        rs.getBigDecimal(2)), month.toString()));
    }

    /** Every month with customer values, ascending. */
    public List<YearMonth> months() {
        return jdbc.queryForList("SELECT bill_month FROM value_month_summary ORDER BY bill_month", String.class)
                .stream().map(YearMonth::parse).toList();
    }
}
