package com.jinpai.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import com.jinpai.system.Futures;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The open month's estimate split as a closed month's evaluation is: with
 * {@code jinpai.partitions.count} above 1, the per-customer reads and computation run per bucket
 * range on {@code jinpai.partitions.local-threads} threads of this process
 * ({@link ValueEvaluator#estimatePartition}), after one read of the customers and the earlier
 * months' rows for all of them ({@link ValueEvaluator#readEstimateFrames}), each handing its customers over in memory
 * ({@link MonthHandover.Part}); the whole-month figures are then computed once over all of them and
 * the month's {@code customer_month} rows written on {@code jinpai.partitions.writers} connections
 * ({@link ValueEvaluator#rankEstimate}). The partitions only read, so they need no step executions
 * of their own: a failed estimate is run again whole.
 * <p>
 * With split writers the rows commit apart from the caller's transaction. The month's summary
 * ({@code value_month_summary}, what the report and the run summary read) and its old rows are
 * deleted and committed before the writers start, the new summary is written in the caller's
 * transaction after every writer committed, and the rows of a failed write are deleted again
 * ({@link ValueTables#replaceCustomerMonth(YearMonth, HandedOverMonth, PhaseTimes)}): a nightly
 * whose writers fail half-way leaves the open month without an estimate (the report shows none,
 * the job stops before the actions and lists), and its restart or the next night estimates the
 * month again from the start. An estimate's rows are never history: later evaluations read only
 * {@code estimated = FALSE} rows.
 */
@Component
class EstimatePartitions {

    private final ValueEvaluator evaluator;
    private final PartitionProperties partitions;

    EstimatePartitions(ValueEvaluator evaluator, PartitionProperties partitions) {
        this.evaluator = evaluator;
        this.partitions = partitions;
    }

    /** The open month as an estimate on {@code asOf}; returns the number of customer rows written. */
    int estimate(YearMonth month, LocalDate asOf, List<YearMonth> closedMonths) {
        if (partitions.count() == 1) {
            return evaluator.estimate(month, asOf, closedMonths);
        }
        List<CustomerBuckets.Range> ranges = CustomerBuckets.split(partitions.count());
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("value-estimate-");
        threads.setConcurrencyLimit(partitions.localThreads());
        // the customers and the earlier months' rows once for every partition, not once per partition
        Map<CustomerBuckets.Range, MonthFrame> frames = evaluator.readEstimateFrames(month, asOf, closedMonths, ranges,
                threads);
        List<Future<MonthHandover.Part>> running = new ArrayList<>(ranges.size());
        for (CustomerBuckets.Range range : ranges) {
            MonthFrame frame = frames.get(range);
            running.add(threads.submit(() -> evaluator.estimatePartition(month, asOf, closedMonths, range, frame)));
        }
        return evaluator.rankEstimate(month, asOf, Futures.all(running, "the estimate of " + month));
    }

    /** Every partition's part in range order, after all of them ended; the first failure with the others suppressed. */
}
