package com.jinpai.jobs;

import com.jinpai.run.JobNames;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code month-close}: after a month's bill export arrives, ingest it and compute that month for
 * good after judging the inputs (and the later closed months evaluated before, whose tiers and ranks carry forward from
 * it), then refresh the VIP actions of the month. Identified by {@code month}.
 */
@Configuration(proxyBeanMethods = false)
class MonthCloseJobConfiguration {

    @Bean
    Job monthCloseJob(JobRepository jobRepository, Flow ingestFlow, Flow inputsCheckFlow, Flow monthCloseValueFlow, Flow actionsFlow,
            RunReportListener runReport) {
        return new JobBuilder(JobNames.MONTH_CLOSE, jobRepository)
                .listener(runReport)
                .start(ingestFlow)
                .next(inputsCheckFlow)
                .next(monthCloseValueFlow)
                .next(actionsFlow)
                .end()
                .build();
    }
}
