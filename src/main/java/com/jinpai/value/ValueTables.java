package com.jinpai.value;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import com.jinpai.system.jdbc.BatchStatements;
import com.jinpai.system.jdbc.BulkInsert;
import com.jinpai.system.jdbc.DatabaseProduct;
import com.jinpai.system.jdbc.SplitBulkInsert;
import com.jinpai.system.jdbc.StreamingReads;
import com.jinpai.system.PhaseTimes;
import com.jinpai.value.ranking.CustomerIdOrder;
import com.jinpai.value.ranking.RankedMonth;
import com.jinpai.value.ranking.TopNChange;
import com.jinpai.value.segment.SegmentTotals;
import com.jinpai.value.segment.Trend;
import com.jinpai.value.segment.TierMigration;
import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.Fen;
import com.jinpai.value.tier.Tier;
import com.jinpai.value.tier.TierHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites a month's rows: every method deletes what the month had and inserts the new rows
 * ({@link BulkInsert} for the million-row tables, JDBC batches for the small ones; an estimate's
 * handed-over rows on MySQL replace the night before's in place, see
 * {@link #replaceCustomerMonth(YearMonth, HandedOverMonth, PhaseTimes)}). Callers run
 * them inside one transaction per month, so a re-run replaces a month exactly and a failed one
 * leaves the previous rows in place; the one exception, a handed-over month written on several
 * connections, says how it stays safe ({@link #replaceCustomerMonth(YearMonth, HandedOverMonth, PhaseTimes)}).
 */
@Component
class ValueTables {

    private static final int BATCH_ROWS = 2_000;

    /** The key and the whole-month columns of {@code customer_month}, as staged in {@code customer_month_rank}. */
    private static final List<String> RANK_COLUMNS = List.of("bill_month", "customer_id", "rank_overall",
            "rank_region", "rank_brand", "percentile", "decile", "rank_movement", "top_n", "r_score", "f_score",
            "m_score", "rfm_segment");

    private static final List<String> CUSTOMER_MONTH_COLUMNS = customerMonthColumns();

    /** The primary key of {@code customer_month}. */
    private static final List<String> KEY_COLUMNS = List.of("bill_month", "customer_id");

    /**
     * The narrowest index that holds a month's customer ids on MySQL (V110's, for the actions' reads
     * of the VIPs): its month's entries are a sixth to a seventh of the size of the primary key's wide
     * rows (100k and 1M customers). On H2 the primary key's index holds them alone.
     */
    private static final String MONTH_IDS_INDEX = "customer_month_vip_idx";

    /** Rows a streamed read of a month fetches at a time. */
    private static final int STREAMED_ROWS = 10_000;

    private final JdbcTemplate jdbc;
    /** Writes a handed-over month's {@code customer_month} rows on several connections; null: on the caller's. */
    private final SplitBulkInsert split;
    private final TransactionTemplate ownTransaction;
    private final ClosedMonths closedMonths;
    private final int writers;

    /** Writes everything on the caller's connection and in its transaction. */
    ValueTables(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.split = null;
        this.ownTransaction = null;
        this.closedMonths = null;
        this.writers = 1;
    }

    /**
     * With {@code jinpai.partitions.writers} above 1, a handed-over month's {@code customer_month}
     * rows go in on that many connections at once ({@link #replaceCustomerMonth(YearMonth,
     * HandedOverMonth, PhaseTimes)}).
     */
    @Autowired
    ValueTables(DataSource dataSource, PlatformTransactionManager transactionManager, PartitionProperties partitions,
            ClosedMonths closedMonths) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.writers = partitions.writers();
        this.split = writers > 1
                ? new SplitBulkInsert(dataSource, transactionManager, writers, partitions.lockRetries()) : null;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.closedMonths = closedMonths;
    }

    /**
     * The month's rows of the frame's customers: every row of the month for a whole month, the
     * rows of the frame's buckets for a partition (whose whole-month columns come later, from
     * {@link #setWholeMonth}).
     */
    int replaceCustomerMonth(MonthFrame frame, MonthValues values) {
        return replaceCustomerMonth(frame, values, null);
    }

    /** As {@link #replaceCustomerMonth(MonthFrame, MonthValues)}, timing the delete and the write on {@code watch}. */
    int replaceCustomerMonth(MonthFrame frame, MonthValues values, PhaseTimes watch) {
        String month = frame.month.toString();
        CustomerBuckets.Range range = frame.range;
        if (range.all()) {
            jdbc.update("DELETE FROM customer_month WHERE bill_month = ?", month);
        }
        else {
            // the month's ids from the index that holds them, the partition's kept here: a row's stored
            // bucket is its id's (customerMonthRow), and no index holds the bucket with the ids (V122),
            // so the bucket condition in SQL would read the month's wide rows by primary key
            List<String> own = new ArrayList<>();
            String hint = DatabaseProduct.isH2(jdbc) ? "" : " FORCE INDEX (" + MONTH_IDS_INDEX + ")";
            jdbc.query("SELECT customer_id FROM customer_month" + hint + " WHERE bill_month = ?", rs -> {
                String id = rs.getString(1);
                if (range.contains(id)) {
                    own.add(id);
                }
            }, month);
            OwnRows.deleteCustomers(jdbc, own, "customer_month", "bill_month = ?", month);
        }
        if (watch != null) {
            watch.lap("delete customer_month");
        }
        int rows = bulk("customer_month", CUSTOMER_MONTH_COLUMNS, frame.size,
                (i, row) -> customerMonthRow(frame, values, month, i, row, values.whole, i));
        if (watch != null) {
            watch.lap("write customer_month");
        }
        return rows;
    }

    /**
     * The month's rows of partitions handed over in memory, written once with their whole-month
     * columns, in key order; the month's earlier rows go first.
     * <p>
     * An estimate on MySQL/MariaDB (LOAD DATA, {@link BulkInsert#loadsData}) does not delete the
     * month's rows first: only the rows of customers no longer in the estimate go, and the writers
     * replace the others in place ({@code LOAD DATA ... REPLACE}: InnoDB updates a row whose only
     * duplicate is its primary key), so the month ends with exactly the rows a delete and insert
     * leave. The nightly re-estimates the open month over the same customers every night; deleting
     * a million rows first cost it 12 s of 35 s. A closed month, and every month on H2 (whose
     * batches do not get cheaper as upserts), is deleted and inserted as before.
     * <p>
     * With one writer, in the caller's transaction. With more, the rows are cut into that many key
     * ranges, each written on a connection of its own that commits its own ({@link SplitBulkInsert}),
     * so the month's rows are no longer replaced together with its state row: first, in a
     * transaction committed before any of them, the month's state row ({@link ClosedMonths}) and its
     * rows go (an estimate's: those of customers no longer in it), so that until the caller's
     * transaction saves the state again the month counts as not evaluated (stale for every plan; a
     * restart evaluates it again) and no half-written month can pass for a done one. The month's
     * summary ({@link #replaceSummary}, what the report reads of a month) and its segment rows go with
     * them and come back in the caller's transaction. An estimate has no state row: its summary is its
     * marker, and on a failed write the month's estimate rows (those its writers committed, and the
     * night before's they had not replaced yet) are deleted (the failure is rethrown), so the open
     * month is left with no estimate rather than half of one.
     */
    int replaceCustomerMonth(YearMonth yearMonth, HandedOverMonth handedOver, PhaseTimes watch) {
        String month = yearMonth.toString();
        List<MonthHandover.Part> parts = handedOver.parts;
        WholeMonth whole = handedOver.whole;
        BulkInsert.RowValues rowOf = (g, row) -> {
            MonthHandover.Part part = parts.get(handedOver.part[g]);
            customerMonthRow(part.frame(), part.values(), month, handedOver.local[g], row, whole, g);
        };
        boolean inPlace = whole.estimated && loadsData();
        if (split == null) {
            int rows;
            if (inPlace) {
                int gone = deleteCustomersGone(month, whole);
                watch.lap("delete customer_month of " + gone + " customers no longer estimated");
                rows = jdbc.execute((ConnectionCallback<Integer>) connection -> BulkInsert.upsert(connection,
                        "customer_month", CUSTOMER_MONTH_COLUMNS, KEY_COLUMNS, whole.size, rowOf));
                watch.lap("replace customer_month");
            }
            else {
                jdbc.update("DELETE FROM customer_month WHERE bill_month = ?", month);
                watch.lap("delete customer_month");
                rows = bulk("customer_month", CUSTOMER_MONTH_COLUMNS, whole.size, rowOf);
                watch.lap("write customer_month");
            }
            return rows;
        }
        int[] gone = new int[1];
        ownTransaction.executeWithoutResult(status -> {
            closedMonths.forgetState(yearMonth);
            deleteSummary(month);
            jdbc.update("DELETE FROM segment_summary WHERE bill_month = ?", month);
            if (inPlace) {
                gone[0] = deleteCustomersGone(month, whole);
            }
            else {
                jdbc.update("DELETE FROM customer_month WHERE bill_month = ?", month);
            }
        });
        watch.lap(inPlace ? "delete customer_month of " + gone[0] + " customers no longer estimated"
                : "delete customer_month");
        int rows;
        try {
            rows = inPlace
                    ? split.upsert("customer_month", CUSTOMER_MONTH_COLUMNS, KEY_COLUMNS, whole.size, rowOf)
                    : split.insert("customer_month", CUSTOMER_MONTH_COLUMNS, whole.size, rowOf);
        }
        catch (RuntimeException failure) {
            if (whole.estimated) {
                deleteFailedEstimate(month, failure);
            }
            throw failure;
        }
        watch.lap((inPlace ? "replace" : "write") + " customer_month on " + Math.min(writers, rows) + " connections");
        return rows;
    }

    /** Whether the bulk writes go through LOAD DATA, so that an estimate can replace its rows in place. */
    private boolean loadsData() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) BulkInsert::loadsData));
    }

    /**
     * Deletes the month's rows of customers not among {@code whole}'s (in key order), on MySQL: the
     * month's customers are read from the narrowest index that holds them ({@link #MONTH_IDS_INDEX};
     * no row is locked: the writers replace the others), streamed row by row (Connector/J's {@code Integer.MIN_VALUE}
     * fetch size: a server cursor would first copy the ids into a temporary table, 2.8 s instead of
     * about 1 s at a million customers), and the ones gone deleted by key ({@link OwnRows}).
     * Returns how many went.
     */
    private int deleteCustomersGone(String month, WholeMonth whole) {
        List<String> gone = new ArrayList<>();
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(Integer.MIN_VALUE);
        streaming.query("SELECT customer_id FROM customer_month FORCE INDEX (" + MONTH_IDS_INDEX + ")"
                + " WHERE bill_month = ?", rs -> {
            String id = rs.getString(1);
            if (Arrays.binarySearch(whole.ids, 0, whole.size, id, CustomerIdOrder.INSTANCE) < 0) {
                gone.add(id);
            }
        }, month);
        OwnRows.deleteCustomers(jdbc, gone, "customer_month", "bill_month = ?", month);
        return gone.size();
    }

    /**
     * The rows the writers of a failed estimate committed; a failure here (the database gone) is
     * added to the write's, and the month still has no summary, so nothing takes its rows as done.
     */
    private void deleteFailedEstimate(String month, RuntimeException failure) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "DELETE FROM customer_month WHERE bill_month = ? AND estimated = TRUE", month));
        }
        catch (RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    /**
     * Rows that carry no bucket (written before the month evaluation was partitioned) in the
     * months about to be evaluated and after: no partition would replace them, so they go first.
     * Tier history is treated as evaluating {@code first} would. {@code customer_month} has no such
     * rows to look for: V91 gave every row written before it its bucket, and every write since
     * carries one ({@link #customerMonthRow}); with no index on its bucket (V122) the look would
     * scan each month's rows.
     */
    void dropUnbucketed(List<YearMonth> months) {
        if (months.isEmpty()) {
            return;
        }
        YearMonth first = months.get(0);
        jdbc.update("DELETE FROM tier_history WHERE evaluated_month >= ? AND value_bucket IS NULL", first.toString());
        jdbc.update("UPDATE tier_history SET effective_to = NULL WHERE effective_to >= ? AND value_bucket IS NULL",
                first.atEndOfMonth());
    }

    /**
     * What the whole-month figures need of a month whose partitions are done, read back from their
     * rows, and which customers were in the previous closed month's top-N.
     */
    WholeMonth readWholeMonth(YearMonth month, YearMonth previousClosed, PhaseTimes watch) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM customer_month WHERE bill_month = ?",
                Integer.class, month.toString());
        int size = count == null ? 0 : count;
        Set<String> previousTop = new HashSet<>();
        if (previousClosed != null) {
            previousTop.addAll(jdbc.queryForList("SELECT customer_id FROM customer_month WHERE bill_month = ?"
                    + " AND top_n = TRUE", String.class, previousClosed.toString()));
        }
        watch.lap("read count and previous top-N");
        Dictionary regions = new Dictionary();
        Dictionary brands = new Dictionary();
        WholeMonth whole = new WholeMonth(new String[size], new long[size], new boolean[size], new int[size],
                new int[size], regions, brands, new int[size], new int[size], new long[size], new Tier[size],
                new Tier[size], new Trend[size], new int[size], new boolean[size]);
        int[] next = new int[1];
        // the month's wide rows streamed on MySQL, not copied into a server cursor's temporary table first
        JdbcTemplate streaming = new StreamingReads(jdbc.getDataSource(), STREAMED_ROWS);
        streaming.query("SELECT customer_id, status, region, brand, avg_spend, recency_days, frequency_days, spend,"
                + " tier, previous_tier, previous_rank, trend, star_level, near_star, vip, previous_star_level"
                + " FROM customer_month"
                + " WHERE bill_month = ?", rs -> {
                    int i = next[0]++;
                    if (i >= size) {
                        throw new IllegalStateException("customer_month " + month + " grew while it was ranked");
                    }
                    String id = rs.getString(1);
                    whole.ids[i] = id;
                    whole.closed[i] = CustomerStatus.isClosed(rs.getString(2));
                    whole.region[i] = regions.number(rs.getString(3));
                    whole.brand[i] = brands.number(rs.getString(4));
                    BigDecimal average = rs.getBigDecimal(5);
                    whole.average[i] = average == null ? Fen.NONE : Fen.of(average);
                    int recency = rs.getInt(6);
                    whole.recencyDays[i] = rs.wasNull() ? -1 : recency;
                    whole.activeDays[i] = rs.getInt(7);
                    whole.spend[i] = Fen.of(rs.getBigDecimal(8));
                    whole.tier[i] = Tier.valueOf(rs.getString(9));
                    String previousTier = rs.getString(10);
                    whole.previousTier[i] = previousTier == null ? null : Tier.valueOf(previousTier);
                    whole.previousRank[i] = rs.getInt(11);
                    whole.trend[i] = Trend.valueOf(rs.getString(12));
                    whole.previousTopN[i] = previousTop.contains(id);
                    String star = rs.getString(13);
                    whole.starSegment[i] = star != null ? star : rs.getBoolean(14) ? StarMonth.NEAR_STAR : null;
                    whole.vip[i] = rs.getBoolean(15);
                    whole.starLevel[i] = star;
                    whole.previousStarLevel[i] = rs.getString(16);
                }, month.toString());
        if (next[0] != size) {
            throw new IllegalStateException("customer_month " + month + " changed while it was ranked");
        }
        return whole;
    }

    /**
     * Sets the whole-month columns on the rows the partitions wrote: the figures go to
     * {@code customer_month_rank} in bulk, then one joined update copies them (UPDATE ... JOIN on
     * MySQL, MERGE on H2), and the staging rows go again; no statement per row.
     */
    void setWholeMonth(YearMonth yearMonth, WholeMonth whole, PhaseTimes watch) {
        String month = yearMonth.toString();
        jdbc.update("DELETE FROM customer_month_rank WHERE bill_month = ?", month);
        watch.lap("clear staging");
        bulk("customer_month_rank", RANK_COLUMNS, whole.size, (i, row) -> {
            int c = 0;
            row[c++] = month;
            row[c++] = whole.ids[i];
            c = wholeMonthColumns(whole, i, row, c);
        });
        watch.lap("stage ranks");
        String sets = String.join(", ", RANK_COLUMNS.subList(2, RANK_COLUMNS.size()).stream()
                .map(column -> "%1$s" + column + " = r." + column).toList());
        if (DatabaseProduct.isH2(jdbc)) {
            jdbc.update("MERGE INTO customer_month cm USING (SELECT * FROM customer_month_rank WHERE bill_month = ?) r"
                    + " ON (cm.bill_month = r.bill_month AND cm.customer_id = r.customer_id)"
                    + " WHEN MATCHED THEN UPDATE SET " + String.format(sets, ""), month);
        }
        else {
            jdbc.update("UPDATE customer_month cm JOIN customer_month_rank r ON r.bill_month = cm.bill_month"
                    + " AND r.customer_id = cm.customer_id SET " + String.format(sets, "cm.")
                    + " WHERE cm.bill_month = ?", month);
        }
        watch.lap("update customer_month");
        jdbc.update("DELETE FROM customer_month_rank WHERE bill_month = ?", month);
        watch.lap("empty staging");
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
        CustomerBuckets.Range range = frame.range;
        if (range.all()) {
            jdbc.update("DELETE FROM tier_history WHERE evaluated_month >= ?", month);
            jdbc.update("UPDATE tier_history SET effective_to = NULL WHERE effective_to >= ?", closedOn);
        }
        else {
            // by customer (see OwnRows): the rows' bucket is in no index that confines these scans to the range
            OwnRows.deleteByCustomer(jdbc, "SELECT customer_id FROM tier_history WHERE evaluated_month >= ?"
                    + BucketSql.and(range, ""), BucketSql.parameters(range, month),
                    "tier_history", "evaluated_month >= ?", month);
            OwnRows.updateByCustomer(jdbc, "SELECT customer_id FROM tier_history WHERE effective_to >= ?"
                    + BucketSql.and(range, ""), BucketSql.parameters(range, closedOn),
                    "tier_history", "effective_to = NULL", "effective_to >= ?", closedOn);
        }
        int[] closes = changes.closed();
        int[] opened = changes.opened();
        List<String> closing = new ArrayList<>(closes.length);
        for (int i : closes) {
            closing.add(frame.ids[i]);
        }
        OwnRows.updateCustomers(jdbc, closing, "tier_history", "effective_to = ?", "effective_to IS NULL", closedOn);
        bulk("tier_history", List.of("customer_id", "tier", "effective_from", "evaluated_month", "value_bucket"),
                opened.length, (k, row) -> {
                    int i = opened[k];
                    row[0] = frame.ids[i];
                    row[1] = changes.tierAt(i);
                    row[2] = effectiveFrom;
                    row[3] = month;
                    row[4] = CustomerBuckets.of(frame.ids[i]);
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

    /**
     * The month's {@link MonthSummary}: its {@code value_month_summary} row and its rows of
     * {@code value_month_tier}, {@code value_month_star_move} and {@code value_month_pareto}.
     */
    void replaceSummary(MonthSummary month) {
        ValueSummary summary = month.summary();
        String key = summary.month().toString();
        deleteSummary(key);
        jdbc.update("INSERT INTO value_month_summary (bill_month, estimated, customers, vip_customers, revenue,"
                + " top_decile_revenue, ranked_customers, star_customers, upgrades, downgrades, newly_tiered,"
                + " pareto_points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", key, summary.estimated(),
                summary.customers(), summary.vipCustomers(), summary.revenue(), summary.topDecileRevenue(),
                summary.rankedCustomers(), summary.starCustomers(), summary.upgrades(), summary.downgrades(),
                summary.newlyTiered(), month.paretoPoints());
        List<Tier> tiers = List.copyOf(month.revenuePerTier().keySet());
        batch("INSERT INTO value_month_tier (bill_month, tier, customers, revenue) VALUES (?, ?, ?, ?)",
                tiers.size(), (ps, k) -> {
                    Tier tier = tiers.get(k);
                    ps.setString(1, key);
                    ps.setString(2, tier.name());
                    ps.setLong(3, summary.customersPerTier().get(tier));
                    ps.setBigDecimal(4, month.revenuePerTier().get(tier));
                });
        List<StarMove> moves = month.starMoves();
        batch("INSERT INTO value_month_star_move (bill_month, from_level, to_level, customers) VALUES (?, ?, ?, ?)",
                moves.size(), (ps, k) -> {
                    ps.setString(1, key);
                    ps.setString(2, moves.get(k).from());
                    ps.setString(3, moves.get(k).to());
                    ps.setLong(4, moves.get(k).customers());
                });
        List<ParetoCurve.ParetoPoint> curve = month.pareto();
        batch("INSERT INTO value_month_pareto (bill_month, point_index, customer_share, revenue_share)"
                + " VALUES (?, ?, ?, ?)", curve.size(), (ps, k) -> {
                    ps.setString(1, key);
                    ps.setInt(2, k);
                    ps.setBigDecimal(3, curve.get(k).customerShare());
                    ps.setBigDecimal(4, curve.get(k).revenueShare());
                });
    }

    private void deleteSummary(String month) {
        for (String table : List.of("value_month_summary", "value_month_tier", "value_month_star_move",
                "value_month_pareto")) {
            jdbc.update("DELETE FROM " + table + " WHERE bill_month = ?", month);
        }
    }

    /**
     * A row of {@code customer_month}: the customer at {@code i} of the frame, its whole-month
     * columns those at {@code wholeIndex} of {@code whole}, or empty without one (a partition's row,
     * whose whole-month columns are set after every partition is done).
     */
    private static void customerMonthRow(MonthFrame frame, MonthValues values, String month, int i, Object[] row,
            WholeMonth whole, int wholeIndex) {
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
        row[c++] = positive(frame.history.previousRank[i]);
        row[c++] = values.recencyDays[i] >= 0 ? values.recencyDays[i] : null;
        row[c++] = frame.activeDays[i];
        row[c++] = values.trend[i].name();
        row[c++] = Fen.yuan(values.arrears[i]);
        row[c++] = Fen.yuan(values.billedToDate[i]);
        row[c++] = Fen.yuan(values.paidToDate[i]);
        int lastUsage = values.lastUsageDay[i];
        row[c++] = lastUsage == MonthFrame.NO_DAY ? null : LocalDate.ofEpochDay(lastUsage);
        values.stars.write(i, row, c);
        c += StarMonth.COLUMNS.size();
        row[c++] = CustomerBuckets.of(frame.ids[i]);
        if (whole == null) {
            for (int k = 2; k < RANK_COLUMNS.size(); k++) {
                row[c++] = RANK_COLUMNS.get(k).equals("top_n") ? Boolean.FALSE : null;
            }
        }
        else {
            wholeMonthColumns(whole, wholeIndex, row, c);
        }
    }

    /** The whole-month columns of a row, in {@link #RANK_COLUMNS} order after the key. */
    private static int wholeMonthColumns(WholeMonth whole, int i, Object[] row, int c) {
        RankedMonth ranks = whole.ranks;
        row[c++] = positive(ranks.overall()[i]);
        row[c++] = positive(ranks.inRegion()[i]);
        row[c++] = positive(ranks.inBrand()[i]);
        int percentile = whole.percentileHundredths[i];
        row[c++] = percentile == RankedMonth.NO_PERCENTILE ? null : BigDecimal.valueOf(percentile, 2);
        row[c++] = positive(whole.decile[i]);
        row[c++] = whole.movement[i] == RankedMonth.NO_MOVEMENT ? null : whole.movement[i];
        row[c++] = whole.topN[i];
        row[c++] = positive(whole.recencyScore[i]);
        row[c++] = positive(whole.frequencyScore[i]);
        row[c++] = positive(whole.monetaryScore[i]);
        row[c++] = whole.segment[i] == null ? null : whole.segment[i].name();
        return c;
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
                "previous_tier", "vip", "downgrade_count", "in_grace", "previous_rank", "recency_days",
                "frequency_days", "trend", "arrears", "billed_to_date", "paid_to_date", "last_usage_date"));
        columns.addAll(StarMonth.COLUMNS);
        columns.add("value_bucket");
        columns.addAll(RANK_COLUMNS.subList(2, RANK_COLUMNS.size()));
        return List.copyOf(columns);
    }

    @FunctionalInterface
    private interface RowBinder {
        void bind(PreparedStatement ps, int row) throws SQLException;
    }
}
