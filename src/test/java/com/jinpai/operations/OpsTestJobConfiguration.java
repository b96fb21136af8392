package com.jinpai.operations;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.jinpai.run.JobNames;
import com.jinpai.run.RunParameters;

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

    @Bean
    Step opsTestHoldStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            OpsTestControl control) {
        return new StepBuilder("opsTestHoldStep", jobRepository).tasklet((contribution, chunk) -> {
            Instant started = chunk.getStepContext().getStepExecution().getStartTime()
                    .atZone(java.time.ZoneId.systemDefault()).toInstant();
            if (!control.held()) {
                return RepeatStatus.FINISHED;
            }
            Duration limit = control.holdLimit() != null ? control.holdLimit() : MAX_HOLD;
            if (Instant.now().isAfter(started.plus(limit))) {
                throw new IllegalStateException("ops-test held for more than " + limit);
            }
            Thread.sleep(50);
            return RepeatStatus.CONTINUABLE;
        }, transactionManager).build();
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
