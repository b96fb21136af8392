package com.jinpai.value;

import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;

import com.jinpai.system.jdbc.StreamingReads;
import com.jinpai.value.spend.Fen;
import com.jinpai.value.tier.Tier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@link MonthSummary} of a month evaluated before the summaries were kept, added up by the same
 * {@link ValueSummaryTally} from the month's {@code customer_month} rows. No Pareto curve is kept
 * for such a month (the curve's resolution is the report's setting, not known here): its report
 * streams the curve from the rows until the month is evaluated again.
 */
public final class ValueSummaryBackfill {

    private static final int FETCH_SIZE = 10_000;

    private ValueSummaryBackfill() {
    }

    /** Every month with customer_month rows and no summary yet; returns those months. */
    public static List<YearMonth> missing(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<YearMonth> months = jdbc.queryForList("SELECT DISTINCT bill_month FROM customer_month cm"
                + " WHERE NOT EXISTS (SELECT 1 FROM value_month_summary s WHERE s.bill_month = cm.bill_month)"
                + " ORDER BY bill_month", String.class).stream().map(YearMonth::parse).toList();
        months.forEach(month -> rebuild(dataSource, month));
        return months;
    }

    /** Replaces the month's summary with the one its rows add up to. */
    public static void rebuild(DataSource dataSource, YearMonth month) {
        // the month's rows streamed on MySQL rather than copied into a server cursor's temporary table first
        JdbcTemplate streaming = new StreamingReads(dataSource, FETCH_SIZE);
        ValueSummaryTally tally = new ValueSummaryTally(month, 0);
        streaming.query("SELECT spend, decile, vip, tier, previous_tier, star_level, previous_star_level, estimated"
                + " FROM customer_month WHERE bill_month = ?", rs -> {
                    String previousTier = rs.getString(5);
                    tally.add(Fen.of(rs.getBigDecimal(1)), rs.getInt(2), rs.getBoolean(3), Tier.valueOf(rs.getString(4)),
                            previousTier == null ? null : Tier.valueOf(previousTier), rs.getString(6), rs.getString(7),
                            rs.getBoolean(8));
                }, month.toString());
        new ValueTables(dataSource).replaceSummary(tally.summary(0));
    }
}
