package com.jinpai.value;

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
 * rows; a partition the database rolled back on a lock runs again ({@link LockRetry}).
 */
class MonthPartitionTasklet implements Tasklet {

    private final ValueEvaluator evaluator;
    private final LockRetry lockRetry;

    MonthPartitionTasklet(ValueEvaluator evaluator, LockRetry lockRetry) {
        this.evaluator = evaluator;
        this.lockRetry = lockRetry;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        var month = MonthPartitioner.month(context);
        var range = MonthPartitioner.range(context);
        int rows = lockRetry.run(month + " close, buckets " + range.from() + ".." + range.to(),
                () -> evaluator.closePartition(month, MonthPartitioner.closedMonths(context), range));
        contribution.incrementWriteCount(rows);
        return RepeatStatus.FINISHED;
    }
}
