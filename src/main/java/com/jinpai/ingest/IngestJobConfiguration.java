package com.jinpai.ingest;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.jinpai.run.RunParameters;
import com.jinpai.system.JinpaiProperties;

/**
 * The ingest flow that the nightly and month-close jobs start with: one step per source, customers
 * first. The inbox is {@code jinpai.inbox} unless the job parameter {@code inbox} names another.
 * Ingest steps run again on a restart even when they completed: the ledger skips what is loaded,
 * and a file corrected since the failure (a customers file adding a missing customer) is taken.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    private static final String INBOX = "#{jobParameters['" + RunParameters.INBOX + "']}";
    private static final String ACCEPT_SHRINK = "#{jobParameters['" + RunParameters.ACCEPT_SHRINK + "']}";

    @Bean
    public Flow ingestFlow(Step ingestCustomersStep, Step ingestAccountManagersStep, Step ingestBillLinesStep,
            Step ingestPaymentsStep, Step ingestUsageStep, Step ingestComplaintsStep) {
        return new FlowBuilder<SimpleFlow>("ingestFlow")
                .start(ingestCustomersStep)
                .next(ingestAccountManagersStep)
                .next(ingestBillLinesStep)
                .next(ingestPaymentsStep)
                .next(ingestUsageStep)
                .next(ingestComplaintsStep)
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
    Step ingestBillLinesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet ingestBillLinesTasklet) {
        return step("ingestBillLinesStep", jobRepository, transactionManager, ingestBillLinesTasklet);
    }

    @Bean
    Step ingestPaymentsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet ingestPaymentsTasklet) {
        return step("ingestPaymentsStep", jobRepository, transactionManager, ingestPaymentsTasklet);
    }

    @Bean
    Step ingestUsageStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet ingestUsageTasklet) {
        return step("ingestUsageStep", jobRepository, transactionManager, ingestUsageTasklet);
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
    Tasklet ingestBillLinesTasklet(IngestService service, JinpaiProperties properties,
            @Value(INBOX) @Nullable String inbox) {
        return new IngestTasklet(service, Source.BILL_LINES, inbox(properties, inbox), false);
    }

    @Bean
    @StepScope
    Tasklet ingestPaymentsTasklet(IngestService service, JinpaiProperties properties,
            @Value(INBOX) @Nullable String inbox) {
        return new IngestTasklet(service, Source.PAYMENTS, inbox(properties, inbox), false);
    }

    @Bean
    @StepScope
    Tasklet ingestUsageTasklet(IngestService service, JinpaiProperties properties,
            @Value(INBOX) @Nullable String inbox) {
        return new IngestTasklet(service, Source.USAGE, inbox(properties, inbox), false);
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

    private static Path inbox(JinpaiProperties properties, @Nullable String inbox) {
        return inbox == null || inbox.isBlank() ? properties.inbox() : Path.of(inbox);
    }
}
