package com.jinpai.ingest;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;

/**
 * A job made of the ingest flow alone, launched like the real jobs (the month identifies the
 * instance, the inbox does not). Kept out of the test classes: @SpringBatchTest takes any test
 * method returning a JobExecution for a factory of its own.
 */
final class IngestTestJob {

    private final JobOperatorTestUtils jobs;

    IngestTestJob(JobOperatorTestUtils jobs, JobRepository jobRepository, Flow ingestFlow) {
        this.jobs = jobs;
        jobs.setJob(new JobBuilder("ingestTestJob", jobRepository).start(ingestFlow).end().build());
    }

    JobExecution run(String month, Path inbox) throws Exception {
        return jobs.startJob(new JobParametersBuilder()
                .addString("month", month)
                .addString("inbox", inbox.toString(), false)
                .toJobParameters());
    }

    /** Launching a failed instance with its parameters again restarts it: a new execution of the same instance. */
    JobExecution restart(JobExecution failed) throws Exception {
        return jobs.startJob(failed.getJobParameters());
    }
}
