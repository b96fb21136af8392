package com.jinpai.value;

import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The value part of the nightly job: job parameters {@code month} (the open month, YYYY-MM) and
 * {@code asOf} (the night's date, YYYY-MM-DD), both identifying. Rewrites the open month's
 * estimated rows; tiers are carried, not re-evaluated.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyValueConfiguration {

    /** The step that writes the open month's estimate; the report reads the as-of day of its latest completed run. */
    public static final String ESTIMATE_STEP = "valueNightlyEstimateStep";

    @Bean
    Step valueNightlyEstimateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            NightlyValueTasklet tasklet) {
        return new StepBuilder(ESTIMATE_STEP, jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    public Flow nightlyValueFlow(Step valueNightlyEstimateStep) {
        return new FlowBuilder<SimpleFlow>("nightlyValueFlow").start(valueNightlyEstimateStep).build();
    }
}
