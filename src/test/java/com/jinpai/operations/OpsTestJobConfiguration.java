package com.jinpai.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import com.jinpai.run.RunParameters;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * TEST ONLY (src/test/java): the {@code ops-test} job the operations tests run through
 * {@link JobRunner}, the scheduler and the command line, standing in for {@code nightly} and
 * {@code month-close}. A hold step waits while {@link OpsTestControl#hold()} is on (a run that
 * stays "running"); a chunk step counts items 1..100 into {@code ops_test_row}, ten per commit, and
 * fails at the item {@link OpsTestControl#failAt} names (a run that fails mid-step).
 */
@Configuration(proxyBeanMethods = false)
class OpsTestJobConfiguration {

    static final String JOB = "ops-test";
    static final int ITEMS = 100;
    static final int CHUNK = 10;
    private static final Duration MAX_HOLD = Duration.ofSeconds(60);
    /**
     * What Spring Batch 6's stop request writes into the running step's row, after the job's:
     * once the step's row says so, the request is done with it and its version is final.
     */
    private static final java.util.Set<String> STOP_REQUESTED = java.util.Set.of("STOPPING", "STOPPED");

    @Bean
    Job opsTestJob(JobRepository jobRepository, Step opsTestHoldStep, Step opsTestClearStep, Step opsTestCountStep) {
        return new JobBuilder(JOB, jobRepository).start(opsTestHoldStep).next(opsTestClearStep).next(opsTestCountStep)
                .build();
    }

    /** A re-run replaces the month's rows, as the real jobs replace a month's results. */
    @Bean
    Step opsTestClearStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new StepBuilder("opsTestClearStep", jobRepository).tasklet((contribution, chunk) -> {
            jdbc.update("DELETE FROM ops_test_row WHERE bill_month = ?",
                    chunk.getStepContext().getStepExecution().getJobParameters().getString(RunParameters.MONTH));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    /**
     * Waits inside one tasklet call while held, so that it commits nothing while a test stops it:
     * Spring Batch 6's {@code JobOperator.stop} rewrites the running step execution, and a commit of
     * the step between its read and its write would fail the stop request. Once the request has
     * rewritten the step's row (read on a connection of its own), the step takes the version the
     * request wrote, marks itself to terminate and commits, and
     * stops there, as a real step stops at its next commit. It writes nothing, so it waits outside
     * any database transaction: an open one would keep the stop request from updating its row.
     */
    @Bean
    Step opsTestHoldStep(JobRepository jobRepository, OpsTestControl control, DataSource dataSource) {
        return new StepBuilder("opsTestHoldStep", jobRepository).tasklet((contribution, chunk) -> {
            StepExecution step = chunk.getStepContext().getStepExecution();
            Duration limit = control.holdLimit() != null ? control.holdLimit() : MAX_HOLD;
            Instant deadline = Instant.now().plus(limit);
            while (control.held()) {
                control.markHolding();
                Integer stoppedVersion = versionIfStopping(dataSource, step);
                if (stoppedVersion != null) {
                    step.setVersion(stoppedVersion);
                    step.setTerminateOnly();
                    return RepeatStatus.CONTINUABLE;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("ops-test held for more than " + limit);
                }
                Thread.sleep(50);
            }
            return RepeatStatus.FINISHED;
        }, new ResourcelessTransactionManager()).build();
    }

    /** The step execution's stored version once a stop request has rewritten it; null while it runs. */
    private static Integer versionIfStopping(DataSource dataSource, StepExecution step) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT STATUS, VERSION FROM BATCH_STEP_EXECUTION WHERE STEP_EXECUTION_ID = ?")) {
            query.setLong(1, step.getId());
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && STOP_REQUESTED.contains(rs.getString(1)) ? rs.getInt(2) : null;
            }
        }
    }

    @Bean
    Step opsTestCountStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            OpsTestItems opsTestItems, ItemProcessor<Integer, Integer> opsTestFailingProcessor,
            ItemWriter<Integer> opsTestRowWriter) {
        return new StepBuilder("opsTestCountStep", jobRepository).<Integer, Integer>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(opsTestItems)
                .processor(opsTestFailingProcessor)
                .writer(opsTestRowWriter)
                .build();
    }

    @Bean
    @StepScope
    OpsTestItems opsTestItems() {
        return new OpsTestItems();
    }

    @Bean
    @StepScope
    ItemProcessor<Integer, Integer> opsTestFailingProcessor(OpsTestControl control,
            @Value("#{jobParameters['month']}") String month) {
        return item -> {
            if (control.failsAt(month, item)) {
                throw new IllegalStateException("ops-test failed on purpose at item " + item);
            }
            return item;
        };
    }

    @Bean
    @StepScope
    ItemWriter<Integer> opsTestRowWriter(DataSource dataSource, @Value("#{jobParameters['month']}") String month) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return chunk -> jdbc.batchUpdate("INSERT INTO ops_test_row (bill_month, item) VALUES (?, ?)",
                chunk.getItems().stream().map(item -> new Object[] {month, item}).toList());
    }

    /** Items 1..100; restartable: the position is saved with every commit. */
    static class OpsTestItems extends AbstractItemCountingItemStreamItemReader<Integer> {

        private int next;

        OpsTestItems() {
            setName("opsTestItems");
            setMaxItemCount(ITEMS);
        }

        @Override
        protected Integer doRead() {
            return ++next;
        }

        @Override
        protected void jumpToItem(int itemIndex) {
            next = itemIndex;
        }

        @Override
        protected void doOpen() {
            next = 0;
        }

        @Override
        protected void doClose() {
        }
    }
}
