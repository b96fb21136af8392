package com.jinpai.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

import com.jinpai.value.tier.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a month's {@link ValueSummary} from {@code customer_month}: three grouped queries, read-only. */
@Component
public class ValueSummaryQuery {

    private static final int SHARE_SCALE = 4;

    private final JdbcTemplate jdbc;

    ValueSummaryQuery(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The summary of a month; a month with no rows gives zero customers. */
    public ValueSummary forMonth(YearMonth month) {
        String key = month.toString();
        Map<Tier, Long> perTier = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            perTier.put(tier, 0L);
        }
        long[] moves = new long[3];
        jdbc.query("SELECT previous_tier, tier, COUNT(*) FROM customer_month WHERE bill_month = ?"
                + " GROUP BY previous_tier, tier", rs -> {
                    String previous = rs.getString(1);
                    Tier to = Tier.valueOf(rs.getString(2));
                    long customers = rs.getLong(3);
                    perTier.merge(to, customers, Long::sum);
                    Tier from = previous == null ? Tier.NEW : Tier.valueOf(previous);
                    if (from == Tier.NEW && to != Tier.NEW) {
                        moves[2] += customers;
                    }
                    else if (from != Tier.NEW && to.isAbove(from)) {
                        moves[0] += customers;
                    }
                    else if (from != Tier.NEW && from.isAbove(to)) {
                        moves[1] += customers;
                    }
                }, key);
        Totals totals = jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(CASE WHEN vip THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(spend), 0), COALESCE(SUM(CASE WHEN decile = 1 THEN spend ELSE 0 END), 0),"
                + " COALESCE(MAX(CASE WHEN estimated THEN 1 ELSE 0 END), 0), COUNT(decile)"
                + " FROM customer_month WHERE bill_month = ?",
                (rs, row) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getInt(5) == 1, rs.getLong(6)), key);
        BigDecimal revenue = totals.revenue().setScale(2, RoundingMode.HALF_UP);
        BigDecimal share = revenue.signum() == 0 ? BigDecimal.ZERO.setScale(SHARE_SCALE)
                : totals.topDecile().divide(revenue, SHARE_SCALE, RoundingMode.HALF_UP);
        return new ValueSummary(month, totals.estimated(), totals.customers(), Collections.unmodifiableMap(perTier),
                moves[0], moves[1], moves[2], totals.vip(), revenue, share, totals.ranked());
    }

    private record Totals(long customers, long vip, BigDecimal revenue, BigDecimal topDecile, boolean estimated,
            long ranked) {
    }
}
