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
 * The value part of the month-close job: job parameter {@code month} (YYYY-MM, identifying).
 * Evaluates, in month order, every closed month from the earlier of {@code month} and the first
 * month whose inputs changed through the latest closed month.
 */
@Configuration(proxyBeanMethods = false)
public class MonthCloseValueConfiguration {

    @Bean
    Step valueMonthCloseStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ClosedMonths closedMonths, ValueEvaluator evaluator, ValueRules rules) {
        return new StepBuilder("valueMonthCloseStep", jobRepository)
                .tasklet(new MonthCloseValueTasklet(closedMonths, evaluator, rules, false), transactionManager)
                .build();
    }

    @Bean
    public Flow monthCloseValueFlow(Step valueMonthCloseStep) {
        return new FlowBuilder<SimpleFlow>("monthCloseValueFlow").start(valueMonthCloseStep).build();
    }

    /** Nightly: evaluates the closed months that are new or whose inputs changed, before the estimate. */
    @Bean
    Step valueCatchUpStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ClosedMonths closedMonths, ValueEvaluator evaluator, ValueRules rules) {
        return new StepBuilder("valueCatchUpStep", jobRepository)
                .tasklet(new MonthCloseValueTasklet(closedMonths, evaluator, rules, true), transactionManager)
                .build();
    }

    @Bean
    public Flow valueCatchUpFlow(Step valueCatchUpStep) {
        return new FlowBuilder<SimpleFlow>("valueCatchUpFlow").start(valueCatchUpStep).build();
    }
}
