package com.jinpai.value;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One partition of a closed month (the worker step, on a local thread or in a {@code jinpai worker}):
 * the per-customer evaluation of its bucket range, in one transaction, so a partition is either
 * written whole or not at all and re-running it replaces exactly its own rows.
 */
class MonthPartitionTasklet implements Tasklet {

    private final ValueEvaluator evaluator;

    MonthPartitionTasklet(ValueEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        int rows = evaluator.closePartition(MonthPartitioner.month(context), MonthPartitioner.closedMonths(context),
                MonthPartitioner.range(context));
        contribution.incrementWriteCount(rows);
        return RepeatStatus.FINISHED;
    }
}
