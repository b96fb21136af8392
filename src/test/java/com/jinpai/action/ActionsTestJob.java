package com.jinpai.action;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small job made of {@code actionsFlow} alone, run through {@link JobOperatorTestUtils}. Built
 * in the test, not as a bean, so the shared test context stays the same for every test class.
 */
public final class ActionsTestJob {

    private final JobOperatorTestUtils jobOperator;

    public ActionsTestJob(JobRepository jobRepository, Flow actionsFlow, JobOperatorTestUtils jobOperator) {
        Job job = new JobBuilder("actionsTestJob", jobRepository).start(actionsFlow).end().build();
        jobOperator.setJob(job);
        this.jobOperator = jobOperator;
    }

    /**
     * Runs the flow for a month as of a date and asserts it completed.
     *
     * @return the completed execution (its steps' exit descriptions say what each did)
     * @param extra more identifying parameters as name, value pairs (a re-run of the same month and date)
     */
    public JobExecution run(YearMonth month, LocalDate asOf, String... extra) throws Exception {
        JobParametersBuilder parameters = new JobParametersBuilder().addString("month", month.toString())
                .addString("asOf", asOf.toString());
        for (int i = 0; i < extra.length; i += 2) {
            parameters.addString(extra[i], extra[i + 1]);
        }
        JobExecution execution = jobOperator.startJob(parameters.toJobParameters());
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        return execution;
    }
}
