package com.jinpai.jobs;

import com.jinpai.run.JobNames;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code nightly}: ingest what is new in the inbox, judge the inputs (a stale source stops the run here), evaluate any closed month that arrived or
 * changed, estimate the open month as of the night, refresh the VIP actions and their lists.
 * Identified by {@code month} (the open month) and {@code asOf} (the night).
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

    @Bean
    Job nightlyJob(JobRepository jobRepository, Flow ingestFlow, Flow inputsCheckFlow, Flow valueCatchUpFlow, Flow nightlyValueFlow,
            Flow actionsFlow, RunReportListener runReport) {
        return new JobBuilder(JobNames.NIGHTLY, jobRepository)
                .listener(runReport)
                .start(ingestFlow)
                .next(inputsCheckFlow)
                .next(valueCatchUpFlow)
                .next(nightlyValueFlow)
                .next(actionsFlow)
                .end()
                .build();
    }
}
