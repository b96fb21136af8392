package com.jinpai.value;

import com.jinpai.system.jdbc.LockRetry;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The value part of the month-close job: job parameter {@code month} (YYYY-MM, identifying).
 * Evaluates, in month order, the months {@link ReevaluationPlan} names (the stale months up to
 * {@code month}, {@code month} itself, the stale later ones evaluated before), each in
 * {@code jinpai.partitions.count} partitions by customer-id hash ({@link MonthByMonthStep}). The partitions run through a
 * {@link PartitionHandler}: local threads here unless {@code jinpai.remote.enabled}, whose
 * configuration supplies one that sends them to worker processes; both run the same worker
 * step, {@value #PARTITION_STEP}.
 */
@Configuration(proxyBeanMethods = false)
public class MonthCloseValueConfiguration {

    /** The step every partition runs, on whichever process takes it. */
    public static final String PARTITION_STEP = "valueMonthPartitionStep";

    @Bean
    Step valueMonthCloseStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ClosedMonths closedMonths, ValueEvaluator evaluator, ValueRules rules, PartitionHandler valuePartitionHandler,
            PartitionProperties partitions, MonthHandover handover) {
        return new MonthByMonthStep("valueMonthCloseStep", jobRepository, new TransactionTemplate(transactionManager),
                closedMonths, evaluator, rules, valuePartitionHandler, handover, partitions.count(), false);
    }

    @Bean
    public Flow monthCloseValueFlow(Step valueMonthCloseStep) {
        return new FlowBuilder<SimpleFlow>("monthCloseValueFlow").start(valueMonthCloseStep).build();
    }

    /** Nightly: evaluates the closed months that are new or whose inputs changed, before the estimate. */
    @Bean
    Step valueCatchUpStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ClosedMonths closedMonths, ValueEvaluator evaluator, ValueRules rules, PartitionHandler valuePartitionHandler,
            PartitionProperties partitions, MonthHandover handover) {
        return new MonthByMonthStep("valueCatchUpStep", jobRepository, new TransactionTemplate(transactionManager),
                closedMonths, evaluator, rules, valuePartitionHandler, handover, partitions.count(), true);
    }

    @Bean
    public Flow valueCatchUpFlow(Step valueCatchUpStep) {
        return new FlowBuilder<SimpleFlow>("valueCatchUpFlow").start(valueCatchUpStep).build();
    }

    /**
     * One partition: its evaluation in one transaction of its own at READ COMMITTED, so that
     * partitions of the same month writing side by side on InnoDB take no gap locks on each other's
     * bucket ranges, run again when the database still rolls it back on a lock.
     */
    @Bean(PARTITION_STEP)
    public Step valueMonthPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ValueEvaluator evaluator, PartitionProperties partitions, MonthHandover handover) {
        return new StepBuilder(PARTITION_STEP, jobRepository)
                .tasklet(new MonthPartitionTasklet(evaluator, new LockRetry(transactionManager, partitions.lockRetries()),
                        handover), transactionManager)
                .build();
    }

    /** The default: the partitions run on {@code jinpai.partitions.local-threads} threads of this process. */
    @Bean
    @ConditionalOnProperty(name = "jinpai.remote.enabled", havingValue = "false", matchIfMissing = true)
    PartitionHandler valuePartitionHandler(Step valueMonthPartitionStep, PartitionProperties partitions) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("value-partition-");
        threads.setConcurrencyLimit(partitions.localThreads());
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(valueMonthPartitionStep);
        handler.setTaskExecutor(threads);
        handler.setGridSize(partitions.count());
        return handler;
    }
}
