package com.jinpai.value;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.jinpai.system.jdbc.LockRetry;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One partition of a closed month (the worker step, on a local thread or in a {@code jinpai worker}):
 * the per-customer evaluation of its bucket range, in one transaction of its own at READ COMMITTED,
 * so a partition is either written whole or not at all and re-running it replaces exactly its own
 * rows; a partition the database rolled back on a lock runs again ({@link LockRetry}). On the
 * manager's own threads (its month open in the {@link MonthHandover}) the partition hands its
 * customers over in memory instead of writing their {@code customer_month} rows, and the month's
 * partitions read their customers and earlier rows once for all ({@link MonthHandover#takeFrame}).
 */
class MonthPartitionTasklet implements Tasklet {

    private final ValueEvaluator evaluator;
    private final LockRetry lockRetry;
    private final MonthHandover handover;

    MonthPartitionTasklet(ValueEvaluator evaluator, LockRetry lockRetry, MonthHandover handover) {
        this.evaluator = evaluator;
        this.lockRetry = lockRetry;
        this.handover = handover;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var execution = chunkContext.getStepContext().getStepExecution();
        ExecutionContext context = execution.getExecutionContext();
        var month = MonthPartitioner.month(context);
        var range = MonthPartitioner.range(context);
        long job = execution.getJobExecutionId();
        // on the manager's own threads the customers go to it in memory; on a worker they are written
        boolean inMemory = handover.isOpen(job, month);
        Consumer<MonthHandover.Part> handOver = inMemory ? part -> handover.put(job, month, part) : null;
        var closedMonths = MonthPartitioner.closedMonths(context);
        // the month's partitions on this process's threads read their customers and earlier rows once for all
        Supplier<MonthFrame> sharedFrame = inMemory ? () -> handover.takeFrame(job, month, range,
                ranges -> evaluator.readPartitionFrames(month, closedMonths, ranges)) : () -> null;
        int rows = lockRetry.run(month + " close, buckets " + range.from() + ".." + range.to(),
                () -> evaluator.closePartition(month, closedMonths, range, handOver, sharedFrame.get()));
        contribution.incrementWriteCount(rows);
        return RepeatStatus.FINISHED;
    }
}
