package com.jinpai.value;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jinpai.run.JobNames;
import com.jinpai.run.RunParameters;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month evaluated in partitions writes exactly what the whole-month evaluation writes: the
 * bundled sample data (400 customers, August to October 2026, so ranks, top-N changes, tier
 * history and grace carry from month to month) closed once whole and once in 7 partitions on 3
 * threads, every value table compared row by row.
 */
abstract class PartitionedEvaluationIntegrationTests {

    private static final YearMonth LAST = YearMonth.of(2026, 10);

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    @Qualifier("ingestFlow")
    Flow ingestFlow;

    @Autowired
    ClosedMonths closedMonths;

    @Autowired
    ValueEvaluator evaluator;

    @Autowired
    ValueRules rules;

    @Autowired
    MonthHandover handover;

    @Autowired
    @Qualifier(MonthCloseValueConfiguration.PARTITION_STEP)
    Step partitionStep;

    private TestDatabase database;
    private long runs;

    @BeforeEach
    void emptyDatabase() {
        database = new TestDatabase(dataSource);
        database.reset();
    }

    @Test
    void sevenPartitionsWriteTheTablesOfTheWholeMonth() throws Exception {
        JobExecution whole = monthClose(1).execution();
        assertThat(whole.getStatus()).as(whole.getExitStatus().getExitDescription()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<Map<String, Object>>> expected = valueTables();
        assertThat(expected.get("customer_month")).hasSizeGreaterThan(1000);
        assertThat(expected.get("top_n_change")).isNotEmpty();

        database.reset();
        JobExecution partitioned = monthClose(7).execution();

        assertThat(partitioned.getStatus()).as(partitioned.getExitStatus().getExitDescription())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(partitioned.getStepExecutions()).extracting(step -> step.getStepName())
                .contains(MonthCloseValueConfiguration.PARTITION_STEP + ":2026-10-p7");
        Map<String, List<Map<String, Object>>> actual = valueTables();
        expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table).isEqualTo(rows));
    }

    /**
     * Partitions that do not run on the manager's threads (as on remote workers) write their rows,
     * and the manager reads them back and sets the ranks on them: the same tables again.
     */
    @Test
    void partitionsReadBackWriteTheTablesOfTheWholeMonth() throws Exception {
        JobExecution whole = monthClose(1).execution();
        assertThat(whole.getStatus()).as(whole.getExitStatus().getExitDescription()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<Map<String, Object>>> expected = valueTables();

        database.reset();
        JobExecution partitioned = monthClose(4, false).execution();

        assertThat(partitioned.getStatus()).as(partitioned.getExitStatus().getExitDescription())
                .isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<Map<String, Object>>> actual = valueTables();
        expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table).isEqualTo(rows));
    }

    /**
     * The handed-over month's rows go in on several connections, each committing its own: when one
     * of them fails during a re-evaluation, the month is left not evaluated (its state row gone, so
     * every plan takes it as stale), whatever the others committed, and the restart evaluates it
     * again to the tables of the whole-month evaluation.
     */
    @Test
    void aFailedWriterLeavesTheMonthToBeEvaluatedAgain() throws Exception {
        JobExecution whole = monthClose(1).execution();
        assertThat(whole.getStatus()).as(whole.getExitStatus().getExitDescription()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<Map<String, Object>>> expected = valueTables();
        JdbcTemplate jdbc = database.jdbc();
        String last = LAST.toString();
        int monthRows = jdbc.queryForObject("SELECT COUNT(*) FROM customer_month WHERE bill_month = ?", Integer.class,
                last);
        // the last customer of the month in key order: in the last writer's key range
        FailingInsert.customer = jdbc.queryForObject("SELECT MAX(customer_id) FROM customer_month"
                + " WHERE bill_month = ?", String.class, last);
        FailingInsert.month = last;

        // month-close again, in partitions: the plan is the requested month alone, evaluated before
        JobExecution failed;
        FailingInsert.install(jdbc, database.isH2());
        try {
            failed = monthClose(4).execution();
        }
        finally {
            FailingInsert.remove(jdbc, database.isH2());
        }

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(closedMonths.storedFingerprints()).as("evaluated months").containsOnlyKeys(
                YearMonth.of(2026, 8), YearMonth.of(2026, 9));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_month WHERE bill_month = ?", Integer.class,
                last)).as("the rows of the writer that committed").isPositive().isLessThan(monthRows);

        JobExecution restarted = jobs.startJob(failed.getJobParameters());

        assertThat(restarted.getStatus()).as(restarted.getExitStatus().getExitDescription())
                .isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<Map<String, Object>>> actual = valueTables();
        expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table).isEqualTo(rows));
    }

    // Not JobExecution itself: Spring Batch's test listeners take a method returning one for a factory.
    private record Run(JobExecution execution) {
    }

    private Run monthClose(int partitions) throws Exception {
        return monthClose(partitions, true);
    }

    /** {@code onThreads}: the partitions on this process's threads, handed over in memory; else read back. */
    private Run monthClose(int partitions, boolean onThreads) throws Exception {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(partitionStep);
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("test-partition-");
        threads.setConcurrencyLimit(3);
        handler.setTaskExecutor(threads);
        handler.setGridSize(partitions);
        handler.afterPropertiesSet();
        MonthByMonthStep step = new MonthByMonthStep("valueTestMonthsStep", jobRepository,
                new TransactionTemplate(transactionManager), closedMonths, evaluator, rules,
                onThreads ? handler : handler::handle, handover, partitions, false);
        jobs.setJob(new JobBuilder("valueTestPartitionedJob", jobRepository).start(ingestFlow).next(step).build()
                .build());
        RunParameters run = RunParameters.of(LAST, LocalDate.of(2026, 11, 5), Path.of("sample-data"), 0);
        return new Run(jobs.startJob(new org.springframework.batch.core.job.parameters.JobParametersBuilder(
                run.toJobParameters(JobNames.MONTH_CLOSE)).addLong("run", ++runs).toJobParameters()));
    }

    private Map<String, List<Map<String, Object>>> valueTables() {
        JdbcTemplate jdbc = database.jdbc();
        Map<String, String> order = new LinkedHashMap<>();
        order.put("customer_month", "bill_month, customer_id");
        order.put("tier_history", "customer_id, effective_from");
        order.put("top_n_change", "bill_month, customer_id");
        order.put("segment_summary", "bill_month, dimension, segment");
        order.put("tier_migration", "bill_month, from_tier, to_tier");
        order.put("value_month_state", "bill_month");
        order.put("value_month_summary", "bill_month");
        order.put("value_month_tier", "bill_month, tier");
        order.put("value_month_star_move", "bill_month, from_level, to_level");
        order.put("value_month_pareto", "bill_month, point_index");
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        order.forEach((table, by) -> tables.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + by)
                .stream().map(row -> {
                    // which run, when, and from which ledger rows (their ids differ after a reset)
                    row.remove("job_execution_id");
                    row.remove("evaluated_at");
                    row.remove("fingerprint");
                    return row;
                }).toList()));
        return tables;
    }

    @OnH2
    static class H2Tests extends PartitionedEvaluationIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends PartitionedEvaluationIntegrationTests {
    }
}
