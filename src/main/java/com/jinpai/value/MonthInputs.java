package com.jinpai.value;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.jinpai.system.Futures;
import com.jinpai.system.jdbc.StreamingReads;
import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.Fen;
import com.jinpai.value.spend.OpenMonthEstimate;
import com.jinpai.value.spend.UsageService;
import com.jinpai.value.star.StarLadder;
import com.jinpai.value.tier.Tier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Reads a month's inputs with one set-based, streamed query per input: the database groups, the
 * rows come back with a fetch size and land in the frame's arrays. Nothing here runs a query per
 * customer. A partition's frame reads only the rows of its buckets: each query takes the range into
 * its WHERE ({@link BucketSql}).
 */
@Component
class MonthInputs {

    private static final Logger log = LoggerFactory.getLogger(MonthInputs.class);
    private static final int FETCH_SIZE = 10_000;
    /** Where the star columns start in {@link #previousHistorySql(CustomerBuckets.Range, boolean)}: after its 14. */
    private static final int PREVIOUS_STAR_COLUMN = 15;

    private final JdbcTemplate jdbc;

    MonthInputs(DataSource dataSource) {
        // every read here takes a month's or the customer table's rows: streamed, not through a server cursor
        this.jdbc = new StreamingReads(dataSource, FETCH_SIZE);
    }

    /**
     * The customers of a month: joined by {@code asOf}, and, for a closed month, also those billed
     * that month although their join date is later (their spend counts; they have no average).
     */
    MonthFrame customers(YearMonth month, LocalDate asOf, boolean includeBilledBeforeJoin) {
        return customers(month, asOf, includeBilledBeforeJoin, CustomerBuckets.Range.ALL);
    }

    /** The same for the customers of one partition (bucket range) only. */
    MonthFrame customers(YearMonth month, LocalDate asOf, boolean includeBilledBeforeJoin,
            CustomerBuckets.Range range) {
        // no COUNT first: it would scan the customers once more (the frame grows as they come)
        MonthFrame frame = new MonthFrame(month, asOf, 0, range);
        readCustomers(month, asOf, includeBilledBeforeJoin, range, false, rs -> frame);
        frame.sealCustomers();
        return frame;
    }

    /**
     * The frames of bucket ranges that together hold every bucket once (a month's partitions), read
     * together: a read scans its table once for all of them and gives each row to the frame of the
     * row's stored bucket, as each range's own read would select it.
     */
    static final class Frames {

        final List<MonthFrame> frames;
        private final MonthFrame[] byBucket = new MonthFrame[CustomerBuckets.COUNT];

        private Frames(List<MonthFrame> frames) {
            this.frames = List.copyOf(frames);
            for (MonthFrame frame : frames) {
                for (int bucket = frame.range.from(); bucket < frame.range.to(); bucket++) {
                    if (byBucket[bucket] != null) {
                        throw new IllegalArgumentException("bucket " + bucket + " is in two ranges");
                    }
                    byBucket[bucket] = frame;
                }
            }
            for (int bucket = 0; bucket < CustomerBuckets.COUNT; bucket++) {
                if (byBucket[bucket] == null) {
                    throw new IllegalArgumentException("bucket " + bucket + " is in none of the ranges");
                }
            }
        }

        /** The frame of the row's stored bucket in column {@code column}; null for a row of no bucket. */
        MonthFrame of(ResultSet rs, int column) throws SQLException {
            int bucket = rs.getInt(column);
            if (rs.wasNull() || bucket < 0 || bucket >= CustomerBuckets.COUNT) {
                return null;
            }
            return byBucket[bucket];
        }
    }

    /**
     * The customers of a month as {@link #customers(YearMonth, LocalDate, boolean, CustomerBuckets.Range)}
     * reads them, for each of {@code ranges} (every bucket once) in one pass over the customers.
     */
    Frames customers(YearMonth month, LocalDate asOf, boolean includeBilledBeforeJoin,
            List<CustomerBuckets.Range> ranges) {
        List<MonthFrame> list = new ArrayList<>(ranges.size());
        ranges.forEach(range -> list.add(new MonthFrame(month, asOf, 0, range)));
        Frames frames = new Frames(list);
        readCustomers(month, asOf, includeBilledBeforeJoin, CustomerBuckets.Range.ALL, true, rs -> frames.of(rs, 7));
        list.forEach(MonthFrame::sealCustomers);
        return frames;
    }

    /**
     * Spend breakdown of a closed month: the month's bill totals, summed per customer and charge
     * type in fen while the bill-line files were read (distinct line ids across the month's files).
     */
    void billLines(MonthFrame frame) {
        int[] unknown = new int[1];
        StringBuilder columns = new StringBuilder("customer_id");
        for (ChargeType type : ChargeType.values()) {
            columns.append(", ").append(type.totalColumn());
        }
        jdbc.query("SELECT " + columns + " FROM bill_total WHERE bill_month = ?" + BucketSql.and(frame.range, ""),
                rs -> {
                    int position = frame.position(rs.getString(1));
                    if (position < 0) {
                        unknown[0]++;
                        return;
                    }
                    int base = position * ChargeType.COUNT;
                    for (int type = 0; type < ChargeType.COUNT; type++) {
                        frame.breakdown[base + type] = Fen.add(frame.breakdown[base + type], rs.getLong(2 + type));
                    }
                }, BucketSql.parameters(frame.range, frame.month.toString()));
        if (unknown[0] > 0) {
            log.warn("{}: {} customers in bill_total are missing from the customer table; their bills are left out"
                    + " until the customers export has them", frame.month, unknown[0]);
        }
    }

    /**
     * The open month's estimated breakdown: usage rated amounts by service so far, plus the PLAN
     * fee of the last closed bill pro-rated to {@code asOf}; and the month's usage activity as
     * {@link #usageActivity} reads it, from the same rows in the same statement (usage_day is read
     * once).
     */
    void estimate(MonthFrame frame) {
        UsageService[] services = UsageService.values();
        jdbc.query(estimateUsageSql(frame.range), rs -> {
                    int position = frame.position(rs.getString(1));
                    if (position >= 0) {
                        for (UsageService service : services) {
                            // ten-thousandths of a yuan, summed exactly, rounded to fen once
                            long rated = rs.getLong(2 + service.ordinal());
                            int cell = position * ChargeType.COUNT + service.chargeType().ordinal();
                            frame.breakdown[cell] = Fen.add(frame.breakdown[cell], Fen.of(BigDecimal.valueOf(rated, 4)));
                        }
                        LocalDate lastActive = rs.getObject(7, LocalDate.class);
                        if (lastActive != null) {
                            frame.activeDays[position] = rs.getInt(6);
                            frame.lastUsageDay[position] = (int) lastActive.toEpochDay();
                        }
                    }
                }, BucketSql.parameters(frame.range, frame.month.atDay(1), frame.asOf));
        for (int i = 0; i < frame.size; i++) {
            if (frame.history.hasPrevious[i]) {
                frame.breakdown[i * ChargeType.COUNT + ChargeType.PLAN.ordinal()] =
                        OpenMonthEstimate.proratedPlan(frame.history.previousPlan[i], frame.asOf);
            }
        }
    }

    /**
     * Per customer with usage on the days [?, ?]: the rated amount per service ({@link
     * UsageService} order), the active days (usage of positive quantity) and the last of them.
     */
    static String estimateUsageSql(CustomerBuckets.Range range) {
        return "SELECT customer_id, SUM(voice_rated), SUM(sms_rated), SUM(data_rated), SUM(roaming_rated),"
                + " COUNT(DISTINCT CASE WHEN active = TRUE THEN usage_date END),"
                + " MAX(CASE WHEN active = TRUE THEN usage_date END)"
                + " FROM usage_day WHERE usage_date >= ? AND usage_date <= ?" + BucketSql.and(range, "")
                + " GROUP BY customer_id";
    }

    /** Active usage days (a day with any usage of positive quantity) and the last of them. */
    void usageActivity(MonthFrame frame, LocalDate from, LocalDate to) {
        jdbc.query("SELECT customer_id, COUNT(DISTINCT usage_date) AS active_days, MAX(usage_date) AS last_day"
                + " FROM usage_day WHERE usage_date >= ? AND usage_date <= ? AND active = TRUE"
                + BucketSql.and(frame.range, "") + " GROUP BY customer_id", rs -> {
                    int position = frame.position(rs.getString(1));
                    if (position >= 0) {
                        frame.activeDays[position] = rs.getInt(2);
                        frame.lastUsageDay[position] = (int) rs.getObject(3, LocalDate.class).toEpochDay();
                    }
                }, BucketSql.parameters(frame.range, from, to));
    }

    /** Payments per customer with {@code paid_at} on the days {@code from} .. {@code to}. */
    void payments(MonthFrame frame, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return;
        }
        jdbc.query(paymentsSql(frame.range), rs -> {
                    int position = frame.position(rs.getString(1));
                    if (position >= 0) {
                        frame.paid[position] = Fen.add(frame.paid[position], Fen.of(rs.getBigDecimal(2)));
                    }
                }, BucketSql.parameters(frame.range, from.atStartOfDay(), to.plusDays(1).atStartOfDay()));
    }

    /**
     * As {@link #payments(MonthFrame, LocalDate, LocalDate)}, and in the same pass the payments up to
     * each day of {@code upTo} (none after {@code to}) into the array of {@code paidUpTo} of the same
     * index: the star rating's paid-by-check-day, without reading the payments once more per day.
     */
    void payments(MonthFrame frame, LocalDate from, LocalDate to, List<LocalDate> upTo, long[][] paidUpTo) {
        if (from.isAfter(to)) {
            return;
        }
        List<Object> leading = new ArrayList<>();
        upTo.forEach(day -> leading.add(day.plusDays(1).atStartOfDay()));
        leading.add(from.atStartOfDay());
        leading.add(to.plusDays(1).atStartOfDay());
        jdbc.query(paymentsSql(upTo.size(), frame.range), rs -> {
                    int position = frame.position(rs.getString(1));
                    if (position >= 0) {
                        frame.paid[position] = Fen.add(frame.paid[position], Fen.of(rs.getBigDecimal(2)));
                        for (int d = 0; d < paidUpTo.length; d++) {
                            paidUpTo[d][position] = Fen.add(paidUpTo[d][position], Fen.of(rs.getBigDecimal(3 + d)));
                        }
                    }
                }, BucketSql.parameters(frame.range, leading.toArray()));
    }

    /**
     * Payments per customer with {@code paid_at} in [?, ?): grouped by bucket and customer (a
     * customer has one bucket, so the groups are the customers'), the order of the payment index
     * that starts with the bucket, read index only and without sorting, for a partition its share.
     */
    static String paymentsSql(CustomerBuckets.Range range) {
        return paymentsSql(0, range);
    }

    /** The same with {@code upTo} sums more, each of the payments with {@code paid_at} before its ? (first). */
    static String paymentsSql(int upTo, CustomerBuckets.Range range) {
        return "SELECT customer_id, SUM(amount) AS paid"
                + " , SUM(CASE WHEN paid_at < ? THEN amount ELSE 0 END)".repeat(upTo)
                + " FROM payment WHERE paid_at >= ? AND paid_at < ?"
                + BucketSql.and(range, "") + " GROUP BY value_bucket, customer_id";
    }

    /**
     * A reader of the earlier months' rows besides the history, served by the history's pass over
     * {@code customer_month} ({@link #closedHistory}): a closed month's star rating reads the same
     * months' rows, so the server scans each of them once per partition, not twice.
     */
    interface EarlierRows {

        /** The months whose rows it takes (the history reads the union of its and these). */
        Set<YearMonth> months();

        /** The columns it reads of every month's rows after the history's, in order ({@code column, column, ...}). */
        String columns();

        /**
         * The columns it reads of the previous closed month's rows alone, after {@link #columns()}
         * (none by default): the other months' rows are read without them.
         */
        default String previousColumns() {
            return "";
        }

        /**
         * One row of one of its months for the frame's customer {@code position}: its own columns
         * from {@code first} on ({@link #previousColumns()} after {@link #columns()} in a row of the
         * previous closed month); the row's spend and billed-to-date (fen) come parsed.
         */
        void read(ResultSet rs, int first, int position, YearMonth month, long spend, long billedToDate)
                throws SQLException;

        /**
         * A reader of the same months and frame that sums into its own arrays, for the other
         * months' rows read on another thread beside the previous month's; {@link #join} adds its
         * sums to this one's. Null (the default): the rows are read in turn.
         */
        default EarlierRows fork() {
            return null;
        }

        /** Adds what {@code fork} (one of {@link #fork()}'s, its read ended) summed. */
        default void join(EarlierRows fork) {
            throw new UnsupportedOperationException("nothing to join: this reader does not fork");
        }
    }

    /**
     * Rows of earlier closed months: every month in {@code months} gives spend and billed-to-date;
     * the {@code previous} month (one of them) also gives the state carried forward. The other
     * months are read for those two columns only, the previous month with its state: the wide
     * rows are parsed once per customer, not once per window month.
     */
    void history(MonthFrame frame, List<YearMonth> months, YearMonth previous) {
        history(frame, months, previous, null, null);
    }

    /**
     * The same, and with {@code stars} (the estimate's) the previous month's star columns into it
     * from the same rows ({@link StarInputs#PREVIOUS_COLUMNS}): the estimate reads the previous
     * month's wide rows once for both.
     */
    void history(MonthFrame frame, List<YearMonth> months, YearMonth previous, StarFrame stars, StarLadder ladder) {
        history(List.of(frame), null, months, previous, stars == null ? null : List.of(stars), ladder, null);
    }

    /**
     * The same for each frame of {@code frames} with its star frame of {@code stars} (same order: the
     * estimate's partitions), each month's rows read once for all of them: every bucket, each row to
     * its stored bucket's frame, as each range's own read would select it. With {@code sideBySide}
     * the earlier months' read runs on it while the caller reads the previous month: they fill
     * different arrays of the frames, and one thread would parse every row of both alone.
     */
    void history(Frames frames, List<YearMonth> months, YearMonth previous, List<StarFrame> stars, StarLadder ladder,
            AsyncTaskExecutor sideBySide) {
        history(frames.frames, frames, months, previous, stars, ladder, sideBySide);
    }

    /** {@code shared} null: the one frame's range, in SQL; else every bucket, each row to its bucket's frame. */
    private void history(List<MonthFrame> frames, Frames shared, List<YearMonth> months, YearMonth previous,
            List<StarFrame> stars, StarLadder ladder, AsyncTaskExecutor sideBySide) {
        Map<MonthFrame, StarFrame> starsOf = new IdentityHashMap<>();
        for (int f = 0; f < frames.size(); f++) {
            MonthFrame frame = frames.get(f);
            frame.history = new History(months, previous, frame.size);
            if (stars != null) {
                starsOf.put(frame, stars.get(f));
            }
        }
        CustomerBuckets.Range range = shared == null ? frames.get(0).range : CustomerBuckets.Range.ALL;
        List<YearMonth> earlier = months.stream().filter(month -> !month.equals(previous)).toList();
        List<Future<Void>> running = new ArrayList<>();
        if (!earlier.isEmpty()) {
            if (sideBySide == null) {
                earlierHistory(frames, shared, months, earlier, range);
            }
            else {
                running.add(sideBySide.submit(() -> {
                    earlierHistory(frames, shared, months, earlier, range);
                    return null;
                }));
            }
        }
        // the earlier months' read ends before the frames are given up, the previous month's failing or not
        Futures.beside(running, () -> {
            if (previous != null && months.contains(previous)) {
                previousHistory(frames, shared, months.indexOf(previous), previous, range, starsOf, ladder);
            }
        }, "the earlier months' history read");
    }

    /** Spend and billed-to-date of the {@code earlier} months (not the previous one) into the frames' history. */
    private void earlierHistory(List<MonthFrame> frames, Frames shared, List<YearMonth> months, List<YearMonth> earlier,
            CustomerBuckets.Range range) {
        Map<String, Integer> slots = new HashMap<>();
        earlier.forEach(month -> slots.put(month.toString(), months.indexOf(month)));
        int bucketColumn = EARLIER_COLUMN_COUNT + 1;
        jdbc.query(earlierHistorySql(earlier.size(), shared == null ? "" : BucketSql.COLUMN, range), rs -> {
                    MonthFrame frame = shared == null ? frames.get(0) : shared.of(rs, bucketColumn);
                    int position = frame == null ? -1 : frame.position(rs.getString(1));
                    if (position >= 0) {
                        frame.history.putMonth(slots.get(rs.getString(2)), position, Fen.of(rs.getBigDecimal(3)),
                                Fen.of(rs.getBigDecimal(4)));
                    }
                }, BucketSql.parameters(range, earlier.stream().map(YearMonth::toString).toArray()));
    }

    /** The previous month's spend, billed-to-date and carried state, and its star columns into {@code starsOf}'s frames. */
    private void previousHistory(List<MonthFrame> frames, Frames shared, int slot, YearMonth previous,
            CustomerBuckets.Range range, Map<MonthFrame, StarFrame> starsOf, StarLadder ladder) {
        boolean withStars = !starsOf.isEmpty();
        int bucketColumn = HISTORY_COLUMN_COUNT + (withStars ? StarInputs.PREVIOUS_COLUMN_COUNT : 0) + 1;
        jdbc.query(previousHistorySql(range, withStars, shared != null), rs -> {
                    MonthFrame frame = shared == null ? frames.get(0) : shared.of(rs, bucketColumn);
                    int position = frame == null ? -1 : frame.position(rs.getString(1));
                    if (position >= 0) {
                        History history = frame.history;
                        long billedToDate = Fen.of(rs.getBigDecimal(BILLED_TO_DATE));
                        history.putMonth(slot, position, Fen.of(rs.getBigDecimal(SPEND)), billedToDate);
                        readPreviousState(history, position, rs, billedToDate);
                        if (withStars) {
                            StarInputs.readPreviousState(starsOf.get(frame), position, rs, PREVIOUS_STAR_COLUMN, ladder);
                        }
                    }
                }, BucketSql.parameters(range, previous.toString()));
    }

    /**
     * A closed month's history as {@link #history} reads it, and in the same pass the rows of the
     * months {@code others} reads: one scan of each earlier month's {@code customer_month} rows. A
     * row gives the history what it gives there (spend and billed-to-date of its months, the state
     * of {@code previous} when that is one of them) and {@code others} the rows of its months.
     */
    void closedHistory(MonthFrame frame, List<YearMonth> months, YearMonth previous, EarlierRows others) {
        closedHistory(List.of(frame), null, months, previous, List.of(others), null);
    }

    /**
     * The same for each frame of {@code frames} with its reader of {@code others} (same order, the
     * same months and columns: one month's partitions), in one pass over the earlier months' rows.
     */
    void closedHistory(Frames frames, List<YearMonth> months, YearMonth previous, List<EarlierRows> others) {
        closedHistory(frames, months, previous, others, null);
    }

    /**
     * The same, with {@code sideBySide} (null: in turn) reading the other months' rows on a
     * connection of its own while this thread reads the previous month's, when every reader can
     * {@link EarlierRows#fork fork}: one thread would decode every row of both alone.
     */
    void closedHistory(Frames frames, List<YearMonth> months, YearMonth previous, List<EarlierRows> others,
            AsyncTaskExecutor sideBySide) {
        closedHistory(frames.frames, frames, months, previous, others, sideBySide);
    }

    /** {@code shared} null: the one frame's range, in SQL; else every bucket, each row to its bucket's frame. */
    private void closedHistory(List<MonthFrame> frames, Frames shared, List<YearMonth> months, YearMonth previous,
            List<EarlierRows> others, AsyncTaskExecutor sideBySide) {
        Map<MonthFrame, Integer> index = new IdentityHashMap<>();
        for (MonthFrame frame : frames) {
            index.put(frame, index.size());
            frame.history = new History(months, previous, frame.size);
        }
        EarlierRows first = others.get(0);
        TreeSet<YearMonth> read = new TreeSet<>(months);
        read.addAll(first.months());
        if (read.isEmpty()) {
            return;
        }
        Map<String, YearMonth> byName = new HashMap<>();
        read.forEach(month -> byName.put(month.toString(), month));
        int previousSlot = previous != null && months.contains(previous) ? months.indexOf(previous) : -1;
        CustomerBuckets.Range range = shared == null ? frames.get(0).range : CustomerBuckets.Range.ALL;
        // the previous month's rows with the carried state; every other month's with spend, billed-to-date
        // and the other reader's columns alone: a month's wide rows are sent once, not once per month
        YearMonth wide = previous != null && read.contains(previous) ? previous : null;
        List<String> narrow = read.stream().filter(month -> !month.equals(wide)).map(YearMonth::toString).toList();
        String columns = join(first.columns(), wide == null ? "" : first.previousColumns());
        ClosedPass pass = new ClosedPass(frames, shared, index, byName, previousSlot, range, wide, narrow, columns,
                first.columns());
        boolean both = wide != null && !narrow.isEmpty();
        List<EarlierRows> forks = both && sideBySide != null ? others.stream().map(EarlierRows::fork).toList() : null;
        if (forks != null && forks.contains(null)) {
            forks = null;
        }
        List<Future<Void>> running = new ArrayList<>();
        if (forks != null) {
            List<EarlierRows> sideReaders = forks;
            running.add(sideBySide.submit(() -> {
                pass.read(false, sideReaders);
                return null;
            }));
        }
        boolean sideRead = forks != null;
        Futures.beside(running, () -> {
            if (wide != null) {
                pass.read(true, others);
            }
            if (!narrow.isEmpty() && !sideRead) {
                pass.read(false, others);
            }
        }, "the earlier months' history read");
        if (forks != null) {
            for (int f = 0; f < others.size(); f++) {
                others.get(f).join(forks.get(f));
            }
        }
    }

    /**
     * One of {@link #closedHistory}'s two reads: the previous month's wide rows ({@code wideRows}) or
     * the other months' narrow ones, each row to its frame's history and to its reader of {@code readers}
     * (the frames' order). The two fill different arrays of the history, so they may run side by side
     * when each has readers of its own.
     */
    private final class ClosedPass {

        private final List<MonthFrame> frames;
        private final Frames shared;
        private final Map<MonthFrame, Integer> index;
        private final Map<String, YearMonth> byName;
        private final int previousSlot;
        private final CustomerBuckets.Range range;
        private final YearMonth wide;
        private final List<String> narrow;
        private final String wideColumns;
        private final String narrowColumns;

        ClosedPass(List<MonthFrame> frames, Frames shared, Map<MonthFrame, Integer> index,
                Map<String, YearMonth> byName, int previousSlot, CustomerBuckets.Range range, YearMonth wide,
                List<String> narrow, String wideColumns, String narrowColumns) {
            this.frames = frames;
            this.shared = shared;
            this.index = index;
            this.byName = byName;
            this.previousSlot = previousSlot;
            this.range = range;
            this.wide = wide;
            this.narrow = narrow;
            this.wideColumns = wideColumns;
            this.narrowColumns = narrowColumns;
        }

        void read(boolean wideRows, List<EarlierRows> readers) {
            String own = wideRows ? wideColumns : narrowColumns;
            int othersFirst = (wideRows ? HISTORY_COLUMN_COUNT : EARLIER_COLUMN_COUNT) + 1;
            int billedColumn = wideRows ? BILLED_TO_DATE : EARLIER_BILLED_TO_DATE;
            int bucketColumn = othersFirst + (own.isEmpty() ? 0 : own.split(",").length);
            String selected = shared == null ? own : join(own, BucketSql.COLUMN);
            String sql = wideRows ? closedHistorySql(1, selected, range)
                    : earlierHistorySql(narrow.size(), selected, range);
            Object[] parameters = wideRows ? new Object[] {wide.toString()} : narrow.toArray();
            jdbc.query(sql, rs -> {
                        MonthFrame frame = shared == null ? frames.get(0) : shared.of(rs, bucketColumn);
                        int position = frame == null ? -1 : frame.position(rs.getString(1));
                        if (position < 0) {
                            return;
                        }
                        History history = frame.history;
                        YearMonth month = byName.get(rs.getString(2));
                        long spend = Fen.of(rs.getBigDecimal(SPEND));
                        long billedToDate = Fen.of(rs.getBigDecimal(billedColumn));
                        int slot = history.slot(month);
                        if (slot >= 0) {
                            history.putMonth(slot, position, spend, billedToDate);
                            if (wideRows && slot == previousSlot) {
                                readPreviousState(history, position, rs, billedToDate);
                            }
                        }
                        EarlierRows reader = readers.get(index.get(frame));
                        if (reader.months().contains(month)) {
                            reader.read(rs, othersFirst, position, month, spend, billedToDate);
                        }
                    }, BucketSql.parameters(range, parameters));
        }
    }

    /** Column lists {@code a} and {@code b} as one ({@code a, b}), either of them empty. */
    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
    }

    /**
     * The columns of {@link #previousHistorySql} and {@link #closedHistorySql} (then the other
     * reader's), as {@link #readPreviousState} reads them.
     */
    private static final String HISTORY_COLUMNS = "customer_id, bill_month, spend, spend_plan, avg_spend, avg_months,"
            + " tier, indicated_tier, downgrade_count, rank_overall, top_n, billed_to_date, paid_to_date,"
            + " last_usage_date";
    private static final int HISTORY_COLUMN_COUNT = HISTORY_COLUMNS.split(",").length;
    private static final int SPEND = 3;
    /** The columns of {@link #earlierHistorySql}: spend and billed-to-date alone. */
    private static final String EARLIER_COLUMNS = "customer_id, bill_month, spend, billed_to_date";
    private static final int EARLIER_COLUMN_COUNT = EARLIER_COLUMNS.split(",").length;
    private static final int EARLIER_BILLED_TO_DATE = 4;
    private static final int BILLED_TO_DATE = 12;

    /** Spend, billed-to-date and the carried state, then {@code others}, of {@code months} closed months. */
    static String closedHistorySql(int months, String others, CustomerBuckets.Range range) {
        return "SELECT " + HISTORY_COLUMNS + (others.isEmpty() ? "" : ", " + others) + " FROM customer_month"
                + " WHERE estimated = FALSE AND bill_month IN (" + String.join(", ", Collections.nCopies(months, "?"))
                + ")" + BucketSql.and(range, "");
    }

    /** Spend and billed-to-date of {@code months} closed months ({@code bill_month IN (...)}). */
    static String earlierHistorySql(int months, CustomerBuckets.Range range) {
        return earlierHistorySql(months, "", range);
    }

    /** The same, then {@code others} (columns; the rows' stored bucket for a read of several frames). */
    static String earlierHistorySql(int months, String others, CustomerBuckets.Range range) {
        return "SELECT " + join(EARLIER_COLUMNS, others) + " FROM customer_month"
                + " WHERE estimated = FALSE AND bill_month IN (" + String.join(", ", Collections.nCopies(months, "?"))
                + ")" + BucketSql.and(range, "");
    }

    /** The previous closed month's rows with the state carried forward (columns as {@link #readPreviousState} reads them). */
    static String previousHistorySql(CustomerBuckets.Range range) {
        return previousHistorySql(range, false);
    }

    /** The same, with {@code withStars} followed by the star columns from {@link #PREVIOUS_STAR_COLUMN} on. */
    static String previousHistorySql(CustomerBuckets.Range range, boolean withStars) {
        return previousHistorySql(range, withStars, false);
    }

    /** The same, with {@code withBucket} followed by the rows' stored bucket (after the star columns). */
    private static String previousHistorySql(CustomerBuckets.Range range, boolean withStars, boolean withBucket) {
        return "SELECT " + HISTORY_COLUMNS + (withStars ? ", " + StarInputs.PREVIOUS_COLUMNS : "")
                + (withBucket ? ", " + BucketSql.COLUMN : "") + " FROM customer_month"
                + " WHERE estimated = FALSE AND bill_month = ?" + BucketSql.and(range, "");
    }

    private static void readPreviousState(History history, int position, ResultSet rs, long billedToDate)
            throws SQLException {
        history.hasPrevious[position] = true;
        history.previousPlan[position] = Fen.of(rs.getBigDecimal(4));
        BigDecimal average = rs.getBigDecimal(5);
        history.previousAverage[position] = average == null ? Fen.NONE : Fen.of(average);
        history.previousAverageMonths[position] = rs.getInt(6);
        history.previousTier[position] = (byte) Tier.valueOf(rs.getString(7)).ordinal();
        history.previousIndicated[position] = (byte) Tier.valueOf(rs.getString(8)).ordinal();
        history.previousLowerCount[position] = rs.getInt(9);
        history.previousRank[position] = rs.getInt(10);
        history.previousTopN[position] = rs.getBoolean(11);
        history.previousBilledToDate[position] = billedToDate;
        history.previousPaidToDate[position] = Fen.of(rs.getBigDecimal(13));
        LocalDate lastUsage = rs.getObject(14, LocalDate.class);
        history.previousLastUsageDay[position] = lastUsage == null ? MonthFrame.NO_DAY : (int) lastUsage.toEpochDay();
    }

    /** Which frame a customer row goes to (null: none). */
    @FunctionalInterface
    private interface FrameOf {

        MonthFrame of(ResultSet rs) throws SQLException;
    }

    /**
     * The customers joined by {@code asOf} into their frames in the order of the customer table's
     * scan, then, with {@code includeBilledBeforeJoin}, those billed in {@code month} who joined
     * later, in the same order: one scan of the customer table for both (the later joiners are few,
     * kept aside until the scan ends), the frames' order that of a read of the joined customers
     * followed by a read of the later joiners. With {@code withBucket} column 7 is the row's bucket.
     */
    private void readCustomers(YearMonth month, LocalDate asOf, boolean includeBilledBeforeJoin,
            CustomerBuckets.Range range, boolean withBucket, FrameOf frameOf) {
        List<Object[]> later = new ArrayList<>();
        List<MonthFrame> laterFrames = new ArrayList<>();
        Object[] leading = includeBilledBeforeJoin ? new Object[] {asOf, month.toString()} : new Object[] {asOf};
        jdbc.query(customersSql(includeBilledBeforeJoin, withBucket, range), (RowCallbackHandler) rs -> {
            MonthFrame frame = frameOf.of(rs);
            if (frame == null) {
                return;
            }
            LocalDate joinDate = rs.getObject(5, LocalDate.class);
            if (!joinDate.isAfter(asOf)) {
                frame.addCustomer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), joinDate,
                        rs.getString(6));
            }
            else {
                later.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), joinDate,
                        rs.getString(6)});
                laterFrames.add(frame);
            }
        }, BucketSql.parameters(range, leading));
        for (int i = 0; i < later.size(); i++) {
            Object[] row = later.get(i);
            laterFrames.get(i).addCustomer((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    (LocalDate) row[4], (String) row[5]);
        }
    }

    /**
     * The customers joined by the first ? and, with {@code includeBilledBeforeJoin}, those with a
     * bill total of the month (second ?) who joined later; with {@code withBucket} their stored
     * bucket as column 7.
     */
    static String customersSql(boolean includeBilledBeforeJoin, boolean withBucket, CustomerBuckets.Range range) {
        return "SELECT c.customer_id, c.region, c.brand, c.status, c.join_date, c.customer_type"
                + (withBucket ? ", c.value_bucket" : "") + " FROM customer c WHERE "
                + (includeBilledBeforeJoin ? "(c.join_date <= ? OR EXISTS (SELECT 1 FROM bill_total b"
                        + " WHERE b.bill_month = ? AND b.customer_id = c.customer_id))" : "c.join_date <= ?")
                + BucketSql.and(range, "c");
    }
}
