package com.jinpai.value;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.transaction.support.TransactionTemplate;

import com.jinpai.run.RunParameters;

/**
 * Month-close's value step: plans which closed months to evaluate ({@link ReevaluationPlan}),
 * then evaluates them in month order. With one partition a month is evaluated whole in one
 * transaction. With more, each month is split by customer-id bucket range into partitions run by
 * the {@link PartitionHandler} (local threads, or {@code jinpai worker} processes over the
 * broker), and once all of them are done its whole-month figures are computed here, in one
 * transaction with the month's state row and this step's progress. On local threads the
 * partitions hand their customers over in memory ({@link MonthHandover}) and the manager writes
 * each {@code customer_month} row once, ranks included (on {@code jinpai.partitions.writers}
 * connections at once, each committing its own: the month's state row goes first, so a failure
 * there leaves the month not evaluated, see {@link ValueTables}); remote partitions write their
 * rows and the manager reads them back and sets the ranks on them.
 * <p>
 * A restart resumes at the first month not committed; in it, only the partitions that did not
 * complete run again (Spring Batch's splitter skips the completed ones of the same name).
 * <p>
 * In catch-up mode (the nightly job, whose month is the open one) the plan is only the closed
 * months whose inputs changed since their evaluation, possibly none.
 */
final class MonthByMonthStep extends AbstractStep {

    private static final Logger log = LoggerFactory.getLogger(MonthByMonthStep.class);
    static final String PLAN = "value.plan";
    static final String NEXT = "value.next";
    /** The month whose partitions were last handed over in memory: a restart in it runs all of them again. */
    static final String HANDED_OVER = "value.handedOver";

    private final TransactionTemplate transaction;
    private final ClosedMonths closedMonths;
    private final ValueEvaluator evaluator;
    private final ValueRules rules;
    private final PartitionHandler partitions;
    private final MonthHandover handover;
    private final int partitionCount;
    private final boolean catchUp;

    MonthByMonthStep(String name, JobRepository jobRepository, TransactionTemplate transaction,
            ClosedMonths closedMonths, ValueEvaluator evaluator, ValueRules rules, PartitionHandler partitions,
            MonthHandover handover, int partitionCount, boolean catchUp) {
        super(name);
        setJobRepository(jobRepository);
        this.transaction = transaction;
        this.closedMonths = closedMonths;
        this.evaluator = evaluator;
        this.rules = rules;
        this.partitions = partitions;
        this.handover = handover;
        this.partitionCount = partitionCount;
        this.catchUp = catchUp;
    }

    @Override
    protected void doExecute(StepExecution step) throws Exception {
        ExecutionContext context = step.getExecutionContext();
        if (!context.containsKey(PLAN)) {
            transaction.executeWithoutResult(status -> plan(step));
        }
        if (context.getString(PLAN).isEmpty()) {
            return;
        }
        String[] plan = context.getString(PLAN).split(",");
        for (int next = context.getInt(NEXT); next < plan.length; next++) {
            String[] entry = plan[next].split("=");
            YearMonth month = YearMonth.parse(entry[0]);
            List<YearMonth> closed = closedMonths.all();
            boolean whole = partitionCount == 1;
            boolean inMemory = !whole && partitions instanceof TaskExecutorPartitionHandler;
            long job = step.getJobExecutionId();
            int following = next + 1;
            int rows;
            try {
                if (!whole) {
                    runPartitions(step, month, closed, inMemory);
                }
                rows = transaction.execute(status -> {
                    int written = whole ? evaluator.close(month, closed)
                            : inMemory ? evaluator.rankHandedOver(month, closed,
                                    handover.parts(job, month, CustomerBuckets.split(partitionCount)))
                            : evaluator.rankPartitioned(month, closed);
                    closedMonths.saveState(month, entry[1], written, step.getJobExecutionId());
                    context.putInt(NEXT, following);
                    getJobRepository().updateExecutionContext(step);
                    return written;
                });
            }
            finally {
                handover.close(job, month);
            }
            step.setWriteCount(step.getWriteCount() + rows);
            getJobRepository().update(step);
            if (step.isTerminateOnly() && following < plan.length) {
                throw new JobInterruptedException("stopped after month " + month);
            }
        }
    }

    private void plan(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        YearMonth requested = RunParameters.from(step.getJobParameters()).month();
        LinkedHashMap<YearMonth, String> expected = closedMonths.expectedFingerprints(rules.digest());
        ClosedMonths.Stored stored = closedMonths.storedFingerprints(rules.digest(), expected);
        if (!stored.adopted().isEmpty()) {
            log.info("{} closed month(s) keep their evaluation under the fingerprint by file name: {}",
                    stored.adopted().size(), stored.adopted());
        }
        List<YearMonth> closed = new ArrayList<>(expected.keySet());
        List<YearMonth> months = catchUp
                ? ReevaluationPlan.stale(closed, expected, stored.fingerprints())
                : ReevaluationPlan.months(closed, expected, stored.fingerprints(), requested);
        if (partitionCount > 1) {
            evaluator.dropUnbucketed(months);
        }
        List<String> plan = new ArrayList<>();
        months.forEach(month -> plan.add(month + "=" + expected.get(month)));
        context.putString(PLAN, String.join(",", plan));
        context.putInt(NEXT, 0);
        getJobRepository().updateExecutionContext(step);
        log.info("{} {}: evaluating {}{}", catchUp ? "catch-up" : "month-close", requested, months,
                partitionCount > 1 ? " in " + partitionCount + " partitions each" : "");
    }

    /**
     * Runs the month's partitions. In memory (threads of this process), the month is opened in the
     * {@link MonthHandover} first and recorded in this step's context: the partitions hand their
     * customers over instead of writing them, so a restart in this month runs every partition
     * again, completed or not, whichever way the partitions run then.
     */
    private void runPartitions(StepExecution step, YearMonth month, List<YearMonth> closed, boolean inMemory)
            throws Exception {
        ExecutionContext context = step.getExecutionContext();
        boolean handedOverBefore = month.toString().equals(context.getString(HANDED_OVER, ""));
        if (inMemory) {
            context.putString(HANDED_OVER, month.toString());
            getJobRepository().updateExecutionContext(step);
            handover.open(step.getJobExecutionId(), month, CustomerBuckets.split(partitionCount));
        }
        SimpleStepExecutionSplitter splitter = new SimpleStepExecutionSplitter(getJobRepository(),
                MonthCloseValueConfiguration.PARTITION_STEP, new MonthPartitioner(month, closed));
        splitter.setAllowStartIfComplete(inMemory || handedOverBefore);
        Collection<StepExecution> done = partitions.handle(splitter, step);
        List<String> failed = done.stream().filter(partition -> partition.getStatus() != BatchStatus.COMPLETED)
                .sorted(Comparator.comparing(StepExecution::getStepName))
                .map(MonthByMonthStep::describe).toList();
        if (!failed.isEmpty()) {
            throw new MonthPartitionsFailedException(month, failed);
        }
    }

    private static String describe(StepExecution partition) {
        String why = partition.getExitStatus().getExitDescription();
        if (why == null || why.isBlank()) {
            why = partition.getStatus().toString();
        }
        int end = why.indexOf('\n');
        return partition.getStepName() + " (" + (end < 0 ? why : why.substring(0, end)).trim() + ")";
    }

    /** Some partitions of a month did not complete; their names and first reasons are the message. */
    static final class MonthPartitionsFailedException extends RuntimeException {

        MonthPartitionsFailedException(YearMonth month, List<String> failed) {
            super("month " + month + ": " + failed.size() + (failed.size() == 1 ? " partition" : " partitions")
                    + " did not complete: " + String.join("; ", failed)
                    + "; a restart runs only these again");
        }
    }
}
