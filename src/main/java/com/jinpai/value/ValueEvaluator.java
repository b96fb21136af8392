package com.jinpai.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.jinpai.system.PhaseTimes;
import com.jinpai.value.tier.TierHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Evaluates one month: reads its inputs, computes, rewrites its rows. The caller provides the
 * transaction (one per month), so the delete and the rewrite commit together.
 */
@Component
class ValueEvaluator {

    private static final Logger log = LoggerFactory.getLogger(ValueEvaluator.class);

    private final MonthInputs inputs;
    private final ValueTables tables;
    private final StarInputs starInputs;
    private final StarTables starTables;
    private final ValueRules rules;
    private final MonthCalculator calculator;
    private final ParetoSetting pareto;

    ValueEvaluator(MonthInputs inputs, ValueTables tables, ValueRules rules, StarInputs starInputs,
            StarTables starTables, ParetoSetting pareto) {
        this.pareto = pareto;
        this.inputs = inputs;
        this.tables = tables;
        this.starInputs = starInputs;
        this.starTables = starTables;
        this.rules = rules;
        this.calculator = new MonthCalculator(rules);
    }

    /** A closed month for good; returns the number of customer rows written. */
    int close(YearMonth month, List<YearMonth> closedMonths) {
        PhaseTimes watch = new PhaseTimes(log, month + " close");
        ValueCalendar calendar = new ValueCalendar(month, month.atEndOfMonth(), closedMonths);
        MonthFrame frame = inputs.customers(month, calendar.asOf(), true);
        watch.lap("customers");
        readClosedInputs(frame, calendar, watch);
        MonthValues values = calculator.close(frame, calendar);
        watch.lap("evaluate");
        int rows = tables.replaceCustomerMonth(frame, values);
        watch.lap("write customer_month");
        tables.replaceTierHistory(frame, TierHistory.of(month, values.previousTier, values.tier));
        watch.lap("write tier_history");
        writeMonthTables(month, values.whole);
        starTables.replace(frame, values.stars);
        watch.lap("write the rest");
        watch.done(rows + " customers");
        return rows;
    }

    /**
     * The per-customer part of a closed month for the customers of one bucket range: reads their
     * inputs, computes, rewrites their rows (whole-month columns empty until {@link #rankPartitioned})
     * and their tier history. The caller provides the transaction (one per partition).
     */
    int closePartition(YearMonth month, List<YearMonth> closedMonths, CustomerBuckets.Range range) {
        return closePartition(month, closedMonths, range, null);
    }

    /**
     * As {@link #closePartition(YearMonth, List, CustomerBuckets.Range)}; with a {@code handOver},
     * the partition's customers go to it instead of to {@code customer_month}, whose rows the
     * manager then writes once ({@link #rankHandedOver}).
     */
    int closePartition(YearMonth month, List<YearMonth> closedMonths, CustomerBuckets.Range range,
            Consumer<MonthHandover.Part> handOver) {
        return closePartition(month, closedMonths, range, handOver, null);
    }

    /**
     * As {@link #closePartition(YearMonth, List, CustomerBuckets.Range, Consumer)};
     * with a {@code shared} frame ({@link #readPartitionFrames}) the partition's customers and earlier
     * rows are read already (their times are in the shared read's line), and it reads the rest of
     * its inputs.
     */
    int closePartition(YearMonth month, List<YearMonth> closedMonths, CustomerBuckets.Range range,
            Consumer<MonthHandover.Part> handOver, MonthFrame shared) {
        PhaseTimes watch = new PhaseTimes(log, month + " close, buckets " + range.from() + ".." + range.to());
        ValueCalendar calendar = new ValueCalendar(month, month.atEndOfMonth(), closedMonths);
        MonthFrame frame = shared;
        if (frame == null) {
            frame = inputs.customers(month, calendar.asOf(), true, range);
            watch.lap("customers");
            readEarlierRows(frame, calendar);
            watch.lap("history and star history");
        }
        readMonthInputs(frame, calendar, watch);
        MonthValues values = calculator.closeCustomers(frame, calendar);
        watch.lap("evaluate");
        int rows = frame.size;
        if (handOver == null) {
            rows = tables.replaceCustomerMonth(frame, values);
            watch.lap("write customer_month");
        }
        tables.replaceTierHistory(frame, TierHistory.of(month, values.previousTier, values.tier));
        watch.lap("write tier_history");
        starTables.replace(frame, values.stars);
        watch.lap("write star tables");
        if (handOver != null) {
            handOver.accept(new MonthHandover.Part(range, frame, values));
        }
        watch.done(rows + " customers");
        return rows;
    }

    /**
     * The frames of a month's partitions ({@code ranges}, every bucket once) with their customers
     * and earlier rows, each table scanned once for all of them: for partitions on threads of one
     * process, which would otherwise each scan every earlier month's rows to keep their own.
     */
    Map<CustomerBuckets.Range, MonthFrame> readPartitionFrames(YearMonth month, List<YearMonth> closedMonths,
            List<CustomerBuckets.Range> ranges) {
        PhaseTimes watch = new PhaseTimes(log, month + " close, customers and history of " + ranges.size()
                + " partitions");
        ValueCalendar calendar = new ValueCalendar(month, month.atEndOfMonth(), closedMonths);
        MonthInputs.Frames frames = inputs.customers(month, calendar.asOf(), true, ranges);
        watch.lap("customers");
        List<MonthInputs.EarlierRows> starRows = frames.frames.stream()
                .map(frame -> starInputs.forClose(frame, calendar, rules.stars)).toList();
        // the other months' rows on a thread and connection of their own beside the previous month's
        SimpleAsyncTaskExecutor sideBySide = new SimpleAsyncTaskExecutor("value-history-");
        inputs.closedHistory(frames, calendar.historyMonths(rules.windowMonths, rules.arrears),
                calendar.previousClosed(), starRows, sideBySide);
        watch.lap("history and star history");
        return byRange(frames, watch);
    }

    /** The shared read's frames by their bucket range, the read's total logged on {@code watch}. */
    private static Map<CustomerBuckets.Range, MonthFrame> byRange(MonthInputs.Frames frames, PhaseTimes watch) {
        Map<CustomerBuckets.Range, MonthFrame> byRange = new HashMap<>();
        int customers = 0;
        for (MonthFrame frame : frames.frames) {
            byRange.put(frame.range, frame);
            customers += frame.size;
        }
        watch.done(customers + " customers");
        return byRange;
    }

    /**
     * The whole-month part of a closed month whose partitions handed their customers over in
     * memory: ranks, scores and totals them, and writes the month's {@code customer_month} rows
     * once, whole-month columns included, and the month's small tables.
     */
    int rankHandedOver(YearMonth month, List<YearMonth> closedMonths, List<MonthHandover.Part> parts) {
        PhaseTimes watch = new PhaseTimes(log, month + " whole-month figures, partitions handed over");
        ValueCalendar calendar = new ValueCalendar(month, month.atEndOfMonth(), closedMonths);
        HandedOverMonth handedOver = HandedOverMonth.of(parts);
        WholeMonth whole = handedOver.whole;
        watch.lap("gather");
        calculator.rankMonth(whole, true, calendar.previousClosed() != null);
        watch.lap("rank");
        int rows = tables.replaceCustomerMonth(month, handedOver, watch);
        writeMonthTables(month, whole);
        watch.lap("write the rest");
        watch.done(rows + " customers");
        return rows;
    }

    /**
     * The whole-month part of a closed month after all its partitions: reads their rows back,
     * ranks, scores and totals the month, and writes those figures and the month's small tables.
     */
    int rankPartitioned(YearMonth month, List<YearMonth> closedMonths) {
        PhaseTimes watch = new PhaseTimes(log, month + " whole-month figures");
        ValueCalendar calendar = new ValueCalendar(month, month.atEndOfMonth(), closedMonths);
        WholeMonth whole = tables.readWholeMonth(month, calendar.previousClosed(), watch);
        watch.lap("read customer_month");
        calculator.rankMonth(whole, true, calendar.previousClosed() != null);
        watch.lap("rank");
        tables.setWholeMonth(month, whole, watch);
        writeMonthTables(month, whole);
        watch.lap("write the rest");
        watch.done(whole.size + " customers");
        return whole.size;
    }

    /** Rows evaluated before the partitioning carry no bucket: see {@link ValueTables#dropUnbucketed}. */
    void dropUnbucketed(List<YearMonth> months) {
        tables.dropUnbucketed(months);
    }

    private void writeMonthTables(YearMonth month, WholeMonth whole) {
        tables.replaceTopNChanges(month, whole.topNChanges);
        tables.replaceSegments(month, whole.segments);
        tables.replaceMigration(month, whole.migration);
        writeSummary(month, whole);
    }

    /** The month's summary for its report and run summary, with the month's other whole-month tables. */
    private void writeSummary(YearMonth month, WholeMonth whole) {
        tables.replaceSummary(ValueSummaryTally.of(month, whole).summary(pareto.paretoPoints()));
    }

    /**
     * The open month as an estimate on {@code asOf}, all customers at once in the caller's
     * transaction (one partition); returns the number of customer rows written.
     */
    int estimate(YearMonth month, LocalDate asOf, List<YearMonth> closedMonths) {
        PhaseTimes watch = new PhaseTimes(log, month + " estimate on " + asOf);
        ValueCalendar calendar = new ValueCalendar(month, asOf, closedMonths);
        MonthFrame frame = inputs.customers(month, asOf, false);
        watch.lap("customers");
        readEstimateInputs(frame, calendar, watch);
        MonthValues values = calculator.estimate(frame, calendar);
        watch.lap("evaluate");
        int rows = tables.replaceCustomerMonth(frame, values, watch);
        tables.replaceSegments(month, values.whole.segments);
        writeSummary(month, values.whole);
        watch.lap("write the rest");
        watch.done(rows + " customers");
        return rows;
    }

    /**
     * The per-customer part of the estimate for the customers of one bucket range: reads their
     * inputs and computes their values, writes nothing; the part goes to {@link #rankEstimate}.
     */
    MonthHandover.Part estimatePartition(YearMonth month, LocalDate asOf, List<YearMonth> closedMonths,
            CustomerBuckets.Range range) {
        return estimatePartition(month, asOf, closedMonths, range, null);
    }

    /**
     * As {@link #estimatePartition(YearMonth, LocalDate, List, CustomerBuckets.Range)}; with a
     * {@code shared} frame ({@link #readEstimateFrames}) the partition's customers and history are
     * read already (their times are in the shared read's line), and it reads the rest of its inputs.
     */
    MonthHandover.Part estimatePartition(YearMonth month, LocalDate asOf, List<YearMonth> closedMonths,
            CustomerBuckets.Range range, MonthFrame shared) {
        PhaseTimes watch = new PhaseTimes(log, month + " estimate on " + asOf + ", buckets " + range.from() + ".."
                + range.to());
        ValueCalendar calendar = new ValueCalendar(month, asOf, closedMonths);
        MonthFrame frame = shared;
        if (frame == null) {
            frame = inputs.customers(month, asOf, false, range);
            watch.lap("customers");
            readEstimateHistory(frame, calendar);
            watch.lap("history");
        }
        readEstimateMonthInputs(frame, calendar, watch);
        MonthValues values = calculator.estimateCustomers(frame, calendar);
        watch.lap("evaluate");
        watch.done(frame.size + " customers");
        return new MonthHandover.Part(range, frame, values);
    }

    /**
     * The frames of the estimate's partitions ({@code ranges}, every bucket once) with their
     * customers and history, each table scanned once for all of them, as {@link #readPartitionFrames}
     * does for a closed month: partitions on threads of one process would otherwise each scan every
     * earlier month's rows to keep their own. The earlier months' read runs on {@code sideBySide}
     * (null: in turn) while this thread reads the previous month's.
     */
    Map<CustomerBuckets.Range, MonthFrame> readEstimateFrames(YearMonth month, LocalDate asOf,
            List<YearMonth> closedMonths, List<CustomerBuckets.Range> ranges, AsyncTaskExecutor sideBySide) {
        PhaseTimes watch = new PhaseTimes(log, month + " estimate on " + asOf + ", customers and history of "
                + ranges.size() + " partitions");
        ValueCalendar calendar = new ValueCalendar(month, asOf, closedMonths);
        MonthInputs.Frames frames = inputs.customers(month, asOf, false, ranges);
        watch.lap("customers");
        List<StarFrame> stars = frames.frames.stream().map(starInputs::forEstimate).toList();
        inputs.history(frames, calendar.historyMonths(rules.windowMonths, rules.arrears), calendar.previousClosed(),
                stars, rules.stars.ladder, sideBySide);
        watch.lap("history");
        return byRange(frames, watch);
    }

    /**
     * The whole-month part of an estimate whose partitions handed their customers over: ranks and
     * scores them, writes the month's {@code customer_month} rows once (on the split writers, see
     * {@link ValueTables#replaceCustomerMonth(YearMonth, HandedOverMonth, PhaseTimes)}), then its
     * segment rows and its summary, the last in the caller's transaction.
     */
    int rankEstimate(YearMonth month, LocalDate asOf, List<MonthHandover.Part> parts) {
        PhaseTimes watch = new PhaseTimes(log, month + " estimate on " + asOf
                + ", whole-month figures, partitions handed over");
        HandedOverMonth handedOver = HandedOverMonth.of(parts);
        WholeMonth whole = handedOver.whole;
        watch.lap("gather");
        calculator.rankMonth(whole, false, false);
        watch.lap("rank");
        int rows = tables.replaceCustomerMonth(month, handedOver, watch);
        tables.replaceSegments(month, whole.segments);
        writeSummary(month, whole);
        watch.lap("write the rest");
        watch.done(rows + " customers");
        return rows;
    }

    /** What the estimate reads for the customers of its frame, the whole month's or a partition's. */
    private void readEstimateInputs(MonthFrame frame, ValueCalendar calendar, PhaseTimes watch) {
        readEstimateHistory(frame, calendar);
        watch.lap("history");
        readEstimateMonthInputs(frame, calendar, watch);
    }

    /** The estimate's earlier rows: the history's and the previous month's star columns. */
    private void readEstimateHistory(MonthFrame frame, ValueCalendar calendar) {
        // the previous month's star columns come with its history row: one pass over its rows
        inputs.history(frame, calendar.historyMonths(rules.windowMonths, rules.arrears), calendar.previousClosed(),
                starInputs.forEstimate(frame), rules.stars.ladder);
    }

    /** The open month's own inputs, after {@link #readEstimateHistory} (the estimate takes the previous plan). */
    private void readEstimateMonthInputs(MonthFrame frame, ValueCalendar calendar, PhaseTimes watch) {
        inputs.estimate(frame);
        watch.lap("usage spend and activity");
        readPayments(frame, calendar);
        watch.lap("payments");
    }

    /** What a closed month reads for the customers of its frame, the whole month's or a partition's. */
    private void readClosedInputs(MonthFrame frame, ValueCalendar calendar, PhaseTimes watch) {
        readEarlierRows(frame, calendar);
        watch.lap("history and star history");
        readMonthInputs(frame, calendar, watch);
    }

    /** The earlier months' rows: the history's and, in the same pass, the star rating's. */
    private void readEarlierRows(MonthFrame frame, ValueCalendar calendar) {
        MonthInputs.EarlierRows starRows = starInputs.forClose(frame, calendar, rules.stars);
        inputs.closedHistory(frame, calendar.historyMonths(rules.windowMonths, rules.arrears),
                calendar.previousClosed(), starRows);
    }

    /** The month's own inputs, after {@link #readEarlierRows} (the star frame takes its payments). */
    private void readMonthInputs(MonthFrame frame, ValueCalendar calendar, PhaseTimes watch) {
        inputs.billLines(frame);
        watch.lap("bill lines");
        inputs.usageActivity(frame, frame.month.atDay(1), calendar.asOf());
        watch.lap("usage");
        LocalDate from = calendar.paymentsFrom();
        if (from != null) {
            // with the payments up to the check day of each bill the star rating checks, in one pass
            inputs.payments(frame, from, calendar.asOf(), starInputs.checkDays(frame, rules.stars),
                    frame.stars.paidToCheckDay);
        }
        watch.lap("payments");
    }

    private void readPayments(MonthFrame frame, ValueCalendar calendar) {
        LocalDate from = calendar.paymentsFrom();
        if (from != null) {
            inputs.payments(frame, from, calendar.asOf());
        }
    }
}
