package com.jinpai.value;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import com.jinpai.system.jdbc.BatchStatements;
import com.jinpai.system.jdbc.BulkInsert;
import com.jinpai.value.ranking.RankedMonth;
import com.jinpai.value.ranking.TopNChange;
import com.jinpai.value.segment.SegmentTotals;
import com.jinpai.value.segment.TierMigration;
import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.Fen;
import com.jinpai.value.tier.TierHistory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rewrites a month's rows: every method deletes what the month had and inserts the new rows
 * ({@link BulkInsert} for the million-row tables, JDBC batches for the small ones). Callers run
 * them inside one transaction per month, so a re-run replaces a month exactly and a failed one
 * leaves the previous rows in place.
 */
@Component
class ValueTables {

    private static final int BATCH_ROWS = 2_000;

    private static final List<String> CUSTOMER_MONTH_COLUMNS = customerMonthColumns();

    private final JdbcTemplate jdbc;

    ValueTables(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    int replaceCustomerMonth(MonthFrame frame, MonthValues values) {
        String month = frame.month.toString();
        jdbc.update("DELETE FROM customer_month WHERE bill_month = ?", month);
        return bulk("customer_month", CUSTOMER_MONTH_COLUMNS, frame.size,
                (i, row) -> customerMonthRow(frame, values, month, i, row));
    }

    /**
     * Writes the month's {@link TierHistory} (its dating rules live there); the current row's
     * effective_to is NULL. Re-evaluating a month first removes what that month and later ones
     * wrote and reopens what they closed.
     */
    void replaceTierHistory(MonthFrame frame, TierHistory changes) {
        String month = frame.month.toString();
        LocalDate closedOn = changes.closedOn();
        LocalDate effectiveFrom = changes.effectiveFrom();
        jdbc.update("DELETE FROM tier_history WHERE evaluated_month >= ?", month);
        jdbc.update("UPDATE tier_history SET effective_to = NULL WHERE effective_to >= ?", closedOn);
        int[] closes = changes.closed();
        int[] opened = changes.opened();
        batch("UPDATE tier_history SET effective_to = ? WHERE customer_id = ? AND effective_to IS NULL",
                closes.length, (ps, k) -> {
                    ps.setObject(1, closedOn);
                    ps.setString(2, frame.ids[closes[k]]);
                });
        bulk("tier_history", List.of("customer_id", "tier", "effective_from", "evaluated_month"), opened.length,
                (k, row) -> {
                    int i = opened[k];
                    row[0] = frame.ids[i];
                    row[1] = changes.tierAt(i);
                    row[2] = effectiveFrom;
                    row[3] = month;
                });
    }

    void replaceTopNChanges(YearMonth month, List<TopNChange> changes) {
        jdbc.update("DELETE FROM top_n_change WHERE bill_month = ?", month.toString());
        batch("INSERT INTO top_n_change (bill_month, customer_id, change_type, rank_now, rank_before)"
                + " VALUES (?, ?, ?, ?, ?)", changes.size(), (ps, k) -> {
                    TopNChange change = changes.get(k);
                    ps.setString(1, month.toString());
                    ps.setString(2, change.customerId());
                    ps.setString(3, change.kind().name());
                    setInteger(ps, 4, change.rankNow());
                    setInteger(ps, 5, change.rankBefore());
                });
    }

    void replaceSegments(YearMonth month, SegmentTotals totals) {
        jdbc.update("DELETE FROM segment_summary WHERE bill_month = ?", month.toString());
        List<SegmentTotals.SegmentRow> rows = totals.rows();
        batch("INSERT INTO segment_summary (bill_month, dimension, segment, customers, revenue, revenue_share)"
                + " VALUES (?, ?, ?, ?, ?, ?)", rows.size(), (ps, k) -> {
                    SegmentTotals.SegmentRow row = rows.get(k);
                    ps.setString(1, month.toString());
                    ps.setString(2, row.dimension().name());
                    ps.setString(3, row.segment());
                    ps.setLong(4, row.customers());
                    ps.setBigDecimal(5, row.revenue());
                    ps.setBigDecimal(6, row.revenueShare());
                });
    }

    void replaceMigration(YearMonth month, TierMigration migration) {
        jdbc.update("DELETE FROM tier_migration WHERE bill_month = ?", month.toString());
        List<TierMigration.Cell> cells = migration.cells();
        batch("INSERT INTO tier_migration (bill_month, from_tier, to_tier, customers) VALUES (?, ?, ?, ?)",
                cells.size(), (ps, k) -> {
                    TierMigration.Cell cell = cells.get(k);
                    ps.setString(1, month.toString());
                    ps.setString(2, cell.from().name());
                    ps.setString(3, cell.to().name());
                    ps.setLong(4, cell.customers());
                });
    }

    private static void customerMonthRow(MonthFrame frame, MonthValues values, String month, int i, Object[] row) {
        int c = 0;
        row[c++] = frame.ids[i];
        row[c++] = month;
        row[c++] = frame.regions.value(frame.region[i]);
        row[c++] = frame.brands.value(frame.brand[i]);
        row[c++] = frame.statuses.value(frame.status[i]);
        row[c++] = values.estimated;
        row[c++] = Fen.yuan(values.spend[i]);
        for (int type = 0; type < ChargeType.COUNT; type++) {
            row[c++] = Fen.yuan(frame.breakdown[i * ChargeType.COUNT + type]);
        }
        row[c++] = money(values.average[i]);
        row[c++] = values.averageMonths[i];
        row[c++] = money(values.priorAverage[i]);
        row[c++] = values.tier[i].name();
        row[c++] = values.indicated[i].name();
        row[c++] = values.previousTier[i] == null ? null : values.previousTier[i].name();
        row[c++] = values.vip[i];
        row[c++] = values.lowerCount[i];
        row[c++] = values.inGrace[i];
        RankedMonth ranks = values.ranks;
        row[c++] = positive(ranks.overall()[i]);
        row[c++] = positive(ranks.inRegion()[i]);
        row[c++] = positive(ranks.inBrand()[i]);
        int percentile = values.percentileHundredths[i];
        row[c++] = percentile == RankedMonth.NO_PERCENTILE ? null : BigDecimal.valueOf(percentile, 2);
        row[c++] = positive(values.decile[i]);
        row[c++] = positive(frame.history.previousRank[i]);
        row[c++] = values.movement[i] == RankedMonth.NO_MOVEMENT ? null : values.movement[i];
        row[c++] = values.topN[i];
        row[c++] = values.recencyDays[i] >= 0 ? values.recencyDays[i] : null;
        row[c++] = frame.activeDays[i];
        row[c++] = positive(values.recencyScore[i]);
        row[c++] = positive(values.frequencyScore[i]);
        row[c++] = positive(values.monetaryScore[i]);
        row[c++] = values.segment[i] == null ? null : values.segment[i].name();
        row[c++] = values.trend[i].name();
        row[c++] = Fen.yuan(values.arrears[i]);
        row[c++] = Fen.yuan(values.billedToDate[i]);
        row[c++] = Fen.yuan(values.paidToDate[i]);
        int lastUsage = values.lastUsageDay[i];
        row[c++] = lastUsage == MonthFrame.NO_DAY ? null : LocalDate.ofEpochDay(lastUsage);
        values.stars.write(i, row, c);
    }

    private static BigDecimal money(long fen) {
        return fen == Fen.NONE ? null : Fen.yuan(fen);
    }

    /** Positive values as they are; 0 (the arrays' "none") as NULL. */
    private static Integer positive(int value) {
        return value > 0 ? value : null;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        }
        else {
            ps.setInt(index, value);
        }
    }

    private int batch(String sql, int rows, RowBinder binder) {
        if (rows == 0) {
            return 0;
        }
        Integer written = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement ps = BatchStatements.prepare(connection, sql)) {
                for (int row = 0; row < rows; row++) {
                    binder.bind(ps, row);
                    ps.addBatch();
                    if ((row + 1) % BATCH_ROWS == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return rows;
        });
        return written == null ? 0 : written;
    }

    private int bulk(String table, List<String> columns, int rows, BulkInsert.RowValues source) {
        Integer written = jdbc.execute((ConnectionCallback<Integer>) connection ->
                BulkInsert.insert(connection, table, columns, rows, source));
        return written == null ? 0 : written;
    }

    private static List<String> customerMonthColumns() {
        List<String> columns = new ArrayList<>(List.of("customer_id", "bill_month", "region", "brand", "status",
                "estimated", "spend"));
        for (ChargeType type : ChargeType.values()) {
            columns.add(type.column());
        }
        columns.addAll(List.of("avg_spend", "avg_months", "prior_avg_spend", "tier", "indicated_tier",
                "previous_tier", "vip", "downgrade_count", "in_grace", "rank_overall", "rank_region", "rank_brand",
                "percentile", "decile", "previous_rank", "rank_movement", "top_n", "recency_days", "frequency_days",
                "r_score", "f_score", "m_score", "rfm_segment", "trend", "arrears", "billed_to_date", "paid_to_date",
                "last_usage_date"));
        columns.addAll(StarMonth.COLUMNS);
        return List.copyOf(columns);
    }

    @FunctionalInterface
    private interface RowBinder {
        void bind(PreparedStatement ps, int row) throws SQLException;
    }
}
