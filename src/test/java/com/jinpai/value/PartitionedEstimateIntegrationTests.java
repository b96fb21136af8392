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
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open month's estimate in partitions on threads, handed over in memory and written on the split
 * writers, writes exactly what the estimate of all customers at once writes: the bundled sample data
 * (400 customers) closed August to October 2026, then November estimated on the 4th (its usage so
 * far, the plan pro-rated, tiers and stars carried) once whole and once in 7 partitions on 3
 * threads, every table the estimate writes compared row by row.
 */
abstract class PartitionedEstimateIntegrationTests {

    private static final YearMonth CLOSED = YearMonth.of(2026, 10);
    private static final YearMonth OPEN = YearMonth.of(2026, 11);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 4);
    private static final int LOCK_RETRIES = 3;
    private static final int WRITERS = 2;

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
    ValueSummaryQuery summaries;

    @Autowired
    @Qualifier(MonthCloseValueConfiguration.PARTITION_STEP)
    Step partitionStep;

    private TestDatabase database;
    private long runs;

    @BeforeEach
    void closedMonthsOfTheSampleData() throws Exception {
        database = new TestDatabase(dataSource);
        database.reset();
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(partitionStep);
        handler.afterPropertiesSet();
        MonthByMonthStep close = new MonthByMonthStep("valueTestEstimateCloseStep", jobRepository,
                new TransactionTemplate(transactionManager), closedMonths, evaluator, rules, handler, handover, 1, false);
        jobs.setJob(new JobBuilder("valueTestEstimateCloseJob", jobRepository).start(ingestFlow).next(close).build()
                .build());
        RunParameters run = RunParameters.of(CLOSED, AS_OF, Path.of("sample-data"), 0);
        JobExecution closing = jobs.startJob(new JobParametersBuilder(run.toJobParameters(JobNames.MONTH_CLOSE))
                .addLong("run", ++runs).toJobParameters());
        assertThat(closing.getStatus()).as(closing.getExitStatus().getExitDescription())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void sevenPartitionsWriteTheEstimateOfAllCustomersAtOnce() throws Exception {
        JobExecution whole = estimate(1).execution();
        assertThat(whole.getStatus()).as(whole.getExitStatus().getExitDescription()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<Map<String, Object>>> expected = estimateTables();
        List<Map<String, Object>> open = expected.get("customer_month").stream()
                .filter(row -> OPEN.toString().equals(row.get("bill_month"))).toList();
        assertThat(open).hasSizeGreaterThan(300).allSatisfy(row -> assertThat(row.get("estimated")).isEqualTo(true));
        assertThat(open).anySatisfy(row -> assertThat(row.get("rank_overall")).isNotNull());
        assertThat(expected.get("segment_summary")).isNotEmpty();

        JobExecution partitioned = estimate(7).execution();

        assertThat(partitioned.getStatus()).as(partitioned.getExitStatus().getExitDescription())
                .isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<Map<String, Object>>> actual = estimateTables();
        expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table).isEqualTo(rows));
    }

    /**
     * A second estimate of the month replaces the first's rows (in place on MariaDB): the rows of
     * customers no longer in the estimate go, wherever their keys fall among the others', and the
     * month ends with exactly the rows a fresh estimate writes, however often it is estimated again.
     */
    @Test
    void anEstimateAgainLeavesExactlyTheRowsOfAFreshOneAndNoneOfCustomersGone() throws Exception {
        JobExecution fresh = estimate(1).execution();
        assertThat(fresh.getStatus()).as(fresh.getExitStatus().getExitDescription()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<Map<String, Object>>> expected = estimateTables();
        JdbcTemplate jdbc = database.jdbc();
        int open = rows(jdbc, OPEN);
        List<String> ids = jdbc.queryForList("SELECT customer_id FROM customer_month WHERE bill_month = ?"
                + " ORDER BY customer_id", String.class, OPEN.toString());
        // customers gone since: before the first key, after one in the middle and after the last
        List<String> gone = List.of("A" + ids.get(0), ids.get(ids.size() / 2) + "-gone",
                ids.get(ids.size() - 1) + "-gone");
        SimpleJdbcInsert insert = new SimpleJdbcInsert(jdbc).withTableName("customer_month");
        for (String id : gone) {
            Map<String, Object> row = jdbc.queryForMap("SELECT * FROM customer_month"
                    + " WHERE bill_month = ? AND customer_id = ?", OPEN.toString(), ids.get(0));
            row.put("customer_id", id);
            insert.execute(row);
        }
        assertThat(rows(jdbc, OPEN)).isEqualTo(open + gone.size());

        for (int night = 1; night <= 2; night++) {
            JobExecution again = estimate(7).execution();

            assertThat(again.getStatus()).as(again.getExitStatus().getExitDescription())
                    .isEqualTo(BatchStatus.COMPLETED);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_month WHERE customer_id IN (?, ?, ?)",
                    Integer.class, gone.toArray())).as("rows of customers gone").isZero();
            Map<String, List<Map<String, Object>>> actual = estimateTables();
            expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table).isEqualTo(rows));
        }
    }

    /**
     * The estimate's rows go in on several connections, each committing its own: when one of them
     * fails, the open month is left with no estimate at all (no summary, so the report shows none;
     * no segment rows; the rows the other writer committed deleted again), not with the night
     * before's nor with half of this one; the closed months are untouched, and the restart writes
     * the whole estimate.
     */
    @Test
    void aFailedWriterLeavesTheOpenMonthWithoutAnEstimate() throws Exception {
        JobExecution whole = estimate(1).execution();
        assertThat(whole.getStatus()).as(whole.getExitStatus().getExitDescription()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<Map<String, Object>>> expected = estimateTables();
        JdbcTemplate jdbc = database.jdbc();
        int closedRows = rows(jdbc, CLOSED);
        assertThat(summaries.forMonth(OPEN).customers()).isPositive();
        // the last customer of the month in key order: in the last writer's key range
        FailingInsert.customer = jdbc.queryForObject("SELECT MAX(customer_id) FROM customer_month"
                + " WHERE bill_month = ?", String.class, OPEN.toString());
        FailingInsert.month = OPEN.toString();

        JobExecution failed;
        FailingInsert.install(jdbc, database.isH2());
        try {
            failed = estimate(4).execution();
        }
        finally {
            FailingInsert.remove(jdbc, database.isH2());
        }

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(rows(jdbc, OPEN)).as("the rows of the writer that committed, deleted again").isZero();
        assertThat(summaries.forMonth(OPEN).customers()).as("the report's customers of the month").isZero();
        assertThat(summaries.months()).as("months with customer values").doesNotContain(OPEN).contains(CLOSED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM segment_summary WHERE bill_month = ?", Integer.class,
                OPEN.toString())).isZero();
        assertThat(rows(jdbc, CLOSED)).isEqualTo(closedRows);

        JobExecution restarted = jobs.startJob(failed.getJobParameters());

        assertThat(restarted.getStatus()).as(restarted.getExitStatus().getExitDescription())
                .isEqualTo(BatchStatus.COMPLETED);
        Map<String, List<Map<String, Object>>> actual = estimateTables();
        expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table).isEqualTo(rows));
    }

    /** The nightly estimate step with {@code partitions} partitions on 3 threads and the configured writers. */
    private Run estimate(int partitions) throws Exception {
        EstimatePartitions estimates = new EstimatePartitions(evaluator,
                new PartitionProperties(partitions, 3, LOCK_RETRIES, WRITERS));
        Step step = new StepBuilder("valueTestEstimateStep", jobRepository)
                .tasklet(new NightlyValueTasklet(closedMonths, estimates), transactionManager).build();
        jobs.setJob(new JobBuilder("valueTestEstimateJob", jobRepository).start(step).build());
        return new Run(jobs.startJob(new JobParametersBuilder().addString("month", OPEN.toString())
                .addString("asOf", AS_OF.toString()).addLong("run", ++runs).toJobParameters()));
    }

    // Not JobExecution itself: Spring Batch's test listeners take a method returning one for a factory.
    private record Run(JobExecution execution) {
    }

    private static int rows(JdbcTemplate jdbc, YearMonth month) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer_month WHERE bill_month = ?", Integer.class,
                month.toString());
    }

    /** Every table the estimate writes, the open month's rows and the closed months' alike. */
    private Map<String, List<Map<String, Object>>> estimateTables() {
        JdbcTemplate jdbc = database.jdbc();
        Map<String, String> order = new LinkedHashMap<>();
        order.put("customer_month", "bill_month, customer_id");
        order.put("segment_summary", "bill_month, dimension, segment");
        order.put("value_month_summary", "bill_month");
        order.put("value_month_tier", "bill_month, tier");
        order.put("value_month_star_move", "bill_month, from_level, to_level");
        order.put("value_month_pareto", "bill_month, point_index");
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        order.forEach((table, by) -> tables.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY "
                + by)));
        return tables;
    }

    @OnH2
    static class H2Tests extends PartitionedEstimateIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends PartitionedEstimateIntegrationTests {
    }
}
