package com.jinpai.ingest;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import com.jinpai.run.RunParameters;
import com.jinpai.system.JinpaiProperties;
import com.jinpai.value.PartitionProperties;

/**
 * The ingest flow that the nightly and month-close jobs start with: one step per source, customers
 * and account managers first, then bill lines and usage in one line beside payments and complaints
 * in another. The inbox is {@code jinpai.inbox} unless the job parameter {@code inbox} names another.
 * Ingest steps run again on a restart even when they completed: the ledger skips what is loaded,
 * and a file corrected since the failure (a customers file adding a missing customer) is taken.
 * <p>
 * Bill lines and usage, the large sources, load in partitions by month ({@link PartitionedIngestStep})
 * through a {@link PartitionHandler}: local threads here unless {@code jinpai.remote.enabled}, whose
 * configuration supplies one that sends them to worker processes; both run the worker step
 * {@value #PARTITION_STEP}. Customers, account managers and complaints are small; payments load
 * one file after another, because a payment id is checked against the whole payment table, beside
 * the partitions.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    /** The step every ingest partition runs, on whichever process takes it. */
    public static final String PARTITION_STEP = "ingestPartitionStep";

    private static final String INBOX = "#{jobParameters['" + RunParameters.INBOX + "']}";
    private static final String ACCEPT_SHRINK = "#{jobParameters['" + RunParameters.ACCEPT_SHRINK + "']}";

    @Bean
    public Flow ingestFlow(Step ingestCustomersStep, Step ingestAccountManagersStep, Step ingestBillLinesStep,
            Step ingestPaymentsStep, Step ingestUsageStep, Step ingestComplaintsStep) {
        // Payments load one file after another (a payment id is checked against the whole table),
        // so they run beside the partitioned sources instead of after them; both lines need the
        // customers first, and neither reads what the other writes.
        Flow partitioned = new FlowBuilder<SimpleFlow>("ingestPartitionedSourcesFlow")
                .start(ingestBillLinesStep)
                .next(ingestUsageStep)
                .build();
        Flow serial = new FlowBuilder<SimpleFlow>("ingestSerialSourcesFlow")
                .start(ingestPaymentsStep)
                .next(ingestComplaintsStep)
                .build();
        Flow sideBySide = new FlowBuilder<SimpleFlow>("ingestSideBySideFlow")
                .split(new SimpleAsyncTaskExecutor("ingest-flow-"))
                .add(partitioned, serial)
                .build();
        return new FlowBuilder<SimpleFlow>("ingestFlow")
                .start(ingestCustomersStep)
                .next(ingestAccountManagersStep)
                .next(sideBySide)
                .build();
    }

    @Bean
    Step ingestCustomersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet ingestCustomersTasklet) {
        return step("ingestCustomersStep", jobRepository, transactionManager, ingestCustomersTasklet);
    }

    @Bean
    Step ingestAccountManagersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet ingestAccountManagersTasklet) {
        return step("ingestAccountManagersStep", jobRepository, transactionManager, ingestAccountManagersTasklet);
    }

    @Bean
    Step ingestBillLinesStep(JobRepository jobRepository, IngestService service, JinpaiProperties properties,
            PartitionHandler ingestPartitionHandler) {
        return partitioned("ingestBillLinesStep", Source.BILL_LINES, jobRepository, service, properties,
                ingestPartitionHandler);
    }

    @Bean
    Step ingestPaymentsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet ingestPaymentsTasklet) {
        return step("ingestPaymentsStep", jobRepository, transactionManager, ingestPaymentsTasklet);
    }

    @Bean
    Step ingestUsageStep(JobRepository jobRepository, IngestService service, JinpaiProperties properties,
            PartitionHandler ingestPartitionHandler) {
        return partitioned("ingestUsageStep", Source.USAGE, jobRepository, service, properties,
                ingestPartitionHandler);
    }

    /** One partition: the files of its months of its source, each in its own transaction. */
    @Bean(PARTITION_STEP)
    public Step ingestPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet ingestPartitionTasklet) {
        return new StepBuilder(PARTITION_STEP, jobRepository).tasklet(ingestPartitionTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    Tasklet ingestPartitionTasklet(IngestService service, @Value("#{stepExecution}") StepExecution partition) {
        ExecutionContext context = partition.getExecutionContext();
        return new IngestTasklet(service, IngestPartitioner.source(context), IngestPartitioner.inbox(context), false,
                IngestPartitioner.months(context));
    }

    /** The default: the partitions run on {@code jinpai.partitions.local-threads} threads of this process. */
    @Bean
    @ConditionalOnProperty(name = "jinpai.remote.enabled", havingValue = "false", matchIfMissing = true)
    PartitionHandler ingestPartitionHandler(Step ingestPartitionStep, PartitionProperties partitions) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("ingest-partition-");
        threads.setConcurrencyLimit(partitions.localThreads());
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(ingestPartitionStep);
        handler.setTaskExecutor(threads);
        handler.setGridSize(partitions.count());
        return handler;
    }

    @Bean
    Step ingestComplaintsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet ingestComplaintsTasklet) {
        return step("ingestComplaintsStep", jobRepository, transactionManager, ingestComplaintsTasklet);
    }

    @Bean
    @StepScope
    Tasklet ingestCustomersTasklet(IngestService service, JinpaiProperties properties,
            @Value(INBOX) @Nullable String inbox, @Value(ACCEPT_SHRINK) @Nullable String acceptShrink) {
        return new IngestTasklet(service, Source.CUSTOMERS, inbox(properties, inbox),
                Boolean.parseBoolean(acceptShrink));
    }

    @Bean
    @StepScope
    Tasklet ingestAccountManagersTasklet(IngestService service, JinpaiProperties properties,
            @Value(INBOX) @Nullable String inbox, @Value(ACCEPT_SHRINK) @Nullable String acceptShrink) {
        return new IngestTasklet(service, Source.ACCOUNT_MANAGERS, inbox(properties, inbox),
                Boolean.parseBoolean(acceptShrink));
    }


    @Bean
    @StepScope
    Tasklet ingestPaymentsTasklet(IngestService service, JinpaiProperties properties,
            @Value(INBOX) @Nullable String inbox) {
        return new IngestTasklet(service, Source.PAYMENTS, inbox(properties, inbox), false);
    }


    @Bean
    @StepScope
    Tasklet ingestComplaintsTasklet(IngestService service, JinpaiProperties properties,
            @Value(INBOX) @Nullable String inbox) {
        return new IngestTasklet(service, Source.COMPLAINTS, inbox(properties, inbox), false);
    }

    private static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet tasklet) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    private static Step partitioned(String name, Source source, JobRepository jobRepository, IngestService service,
            JinpaiProperties properties, PartitionHandler handler) {
        PartitionedIngestStep step = new PartitionedIngestStep(name, source, service, properties, handler);
        step.setJobRepository(jobRepository);
        return step;
    }

    /** The inbox of a run: the job parameter {@code inbox}, else {@code jinpai.inbox}. */
    static Path inbox(JinpaiProperties properties, @Nullable String inbox) {
        return inbox == null || inbox.isBlank() ? properties.inbox() : Path.of(inbox);
    }
}
