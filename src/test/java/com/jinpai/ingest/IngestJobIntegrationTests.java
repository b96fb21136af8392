package com.jinpai.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.value.CustomerBuckets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The ingest flow inside a job, as the nightly and month-close jobs will run it. */
abstract class IngestJobIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    Flow ingestFlow;

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    IngestSummary summary;

    @TempDir
    Path tempDir;

    JdbcTemplate jdbc;
    TestInbox inbox;
    IngestTestJob job;

    @BeforeEach
    void emptyDatabaseAndTestJob() {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        inbox = new TestInbox(tempDir);
        job = new IngestTestJob(jobs, jobRepository, ingestFlow);
    }

    /** The steps of the flow, in the order they ran, without the partitions of the partitioned ones. */
    static List<StepExecution> managerSteps(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(step -> !step.getStepName().contains(":"))
                .sorted(java.util.Comparator.comparing(StepExecution::getId)).toList();
    }

    static Map<String, StepExecution> steps(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .collect(Collectors.toMap(StepExecution::getStepName, Function.identity()));
    }

    @Test
    void theFlowLoadsEverySourceInOrderAndCountsRows() throws Exception {
        inbox.canonical();

        JobExecution execution = job.run("2024-10", inbox.root());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<StepExecution> managerSteps = managerSteps(execution);
        assertThat(managerSteps).extracting(StepExecution::getStepName, StepExecution::getReadCount,
                StepExecution::getWriteCount).containsExactlyInAnyOrder(
                        tuple("ingestCustomersStep", 5L, 5L),
                        tuple("ingestAccountManagersStep", 2L, 2L),
                        tuple("ingestBillLinesStep", 10L, 10L),
                        tuple("ingestPaymentsStep", 3L, 3L),
                        tuple("ingestUsageStep", 4L, 4L),
                        tuple("ingestComplaintsStep", 2L, 2L));
        List<String> order = managerSteps.stream().map(StepExecution::getStepName).toList();
        assertThat(order.subList(0, 2)).as("the snapshots every other source is checked against come first")
                .containsExactly("ingestCustomersStep", "ingestAccountManagersStep");
        assertThat(order.indexOf("ingestBillLinesStep")).as("bill lines, then usage, in one line")
                .isLessThan(order.indexOf("ingestUsageStep"));
        assertThat(order.indexOf("ingestPaymentsStep")).as("payments, then complaints, in the other")
                .isLessThan(order.indexOf("ingestComplaintsStep"));
        assertThat(execution.getStepExecutions()).filteredOn(step -> step.getStepName().contains(":"))
                .as("bill lines and usage load by month, one partition per month here")
                .extracting(StepExecution::getStepName, StepExecution::getReadCount, StepExecution::getWriteCount)
                .containsExactlyInAnyOrder(
                        tuple(IngestJobConfiguration.PARTITION_STEP + ":bill-lines-2024-10", 10L, 10L),
                        tuple(IngestJobConfiguration.PARTITION_STEP + ":usage-2024-10", 4L, 4L));
        assertThat(steps(execution).get("ingestBillLinesStep").getExecutionContext().getLong(IngestTasklet.FILES_LOADED))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT DISTINCT job_execution_id FROM ingest_file", Long.class))
                .containsExactly(execution.getId());

        IngestSummary.Totals totals = summary.forJobExecution(execution.getId());
        assertThat(totals.filesLoaded()).isEqualTo(6);
        assertThat(totals.filesSkipped()).isZero();
        assertThat(totals.filesFailed()).isZero();
        assertThat(totals.rows()).isEqualTo(new IngestCounts(26, 26, 0, 0));
        assertThat(totals.topReasons()).isEmpty();
    }

    /** The month partitions read their inputs by bucket: every row the ingest writes carries its customer's. */
    @Test
    void everyLoadedRowCarriesItsCustomersBucket() throws Exception {
        inbox.canonical();

        assertThat(job.run("2024-10", inbox.root()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        for (String table : List.of("customer", "bill_total", "usage_day", "payment")) {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT customer_id, value_bucket FROM " + table);
            assertThat(rows).as(table).isNotEmpty();
            assertThat(rows).as(table).allSatisfy(row -> assertThat(((Number) row.get("value_bucket")).intValue())
                    .as(table + " " + row.get("customer_id"))
                    .isEqualTo(CustomerBuckets.of((String) row.get("customer_id"))));
        }
    }

    @Test
    void aSecondRunSkipsWhatIsLoadedAndTakesOnlyWhatIsNew() throws Exception {
        inbox.canonical();
        job.run("2024-10", inbox.root());
        inbox.put("bill_lines_duplicates.csv", "billing/bill_lines_2024-11.csv",
                text -> text.replace("2024-10", "2024-11"));

        JobExecution second = job.run("2024-11", inbox.root());

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        IngestSummary.Totals totals = summary.forJobExecution(second.getId());
        assertThat(totals.filesSkipped()).isEqualTo(6);
        assertThat(totals.filesLoaded()).isEqualTo(1);
        assertThat(totals.rows()).isEqualTo(new IngestCounts(5, 3, 0, 2));
        StepExecution bills = steps(second).get("ingestBillLinesStep");
        assertThat(bills.getReadCount()).isEqualTo(5);
        assertThat(bills.getWriteCount()).isEqualTo(3);
        assertThat(bills.getFilterCount()).as("duplicates").isEqualTo(2);
        assertThat(bills.getExecutionContext().getLong(IngestTasklet.FILES_SKIPPED)).isEqualTo(1);
    }

    @Test
    void aFailedFileFailsTheStepNamingItWhileTheOtherFilesLoad() throws Exception {
        inbox.canonical().put("bill_lines_bad_rows.csv", "billing/bill_lines_2024-10_late.csv");

        JobExecution execution = job.run("2024-10", inbox.root());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        StepExecution bills = steps(execution).get("ingestBillLinesStep");
        assertThat(bills.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(bills.getFailureExceptions()).singleElement()
                .isInstanceOf(IngestFailedException.class)
                .satisfies(failure -> assertThat(failure.getMessage())
                        .startsWith("1 bill-lines file failed and loaded nothing (the other files loaded):\n"
                                + " - billing/bill_lines_2024-10_late.csv: 9 of 12 rows rejected (75.00%)")
                        .contains("commonest reasons: amount: not a number"));
        assertThat(bills.getReadCount()).isEqualTo(22);
        assertThat(bills.getWriteCount()).isEqualTo(10);
        assertThat(bills.getProcessSkipCount()).as("rejected rows").isEqualTo(9);
        assertThat(BillTotalsQuery.sum(jdbc, "1 = 1"))
                .isEqualByComparingTo("487.10");

        IngestSummary.Totals totals = summary.forJobExecution(execution.getId());
        assertThat(totals.filesLoaded()).as("customers, managers, the good bill file, and payments and complaints,"
                + " which load beside bill lines; usage follows bill lines and does not start").isEqualTo(5);
        assertThat(steps(execution)).doesNotContainKey("ingestUsageStep");
        assertThat(steps(execution).get("ingestPaymentsStep").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(totals.filesFailed()).isEqualTo(1);
        assertThat(totals.failures()).singleElement().asString().startsWith("billing/bill_lines_2024-10_late.csv: 9 of 12");
        assertThat(totals.topReasons()).extracting(ReasonCount::field, ReasonCount::rows)
                .containsExactly(tuple("amount", 2L), tuple(null, 1L), tuple("amount", 1L));
    }

    @Test
    void aRestartAfterTheExportIsFixedLoadsItAndSkipsWhatLoadedBefore() throws Exception {
        inbox.canonical().put("bill_lines_bad_rows.csv", "billing/bill_lines_2024-10_late.csv");
        JobExecution failed = job.run("2024-10", inbox.root());
        inbox.write("billing/bill_lines_2024-10_late.csv", """
                line_id,customer_id,bill_month,charge_type,amount
                L2001,C001,2024-10,PLAN,128.00
                L2002,C006,2024-10,DATA,12.34
                """);
        inbox.write("customers_2024-11.csv", """
                customer_id,join_date
                C006,2024-10-30
                """);

        JobExecution restarted = job.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        IngestSummary.Totals totals = summary.forJobExecution(restarted.getId());
        assertThat(totals.filesLoaded()).as("the new customers file, the fixed bill file, usage").isEqualTo(3);
        assertThat(totals.filesSkipped())
                .as("customers, managers, the first bill file, payments and complaints were loaded before").isEqualTo(5);
        assertThat(BillTotalsQuery.sum(jdbc, "1 = 1"))
                .isEqualByComparingTo("627.44");
        assertThat(jdbc.queryForList("SELECT status FROM ingest_file WHERE file_name = ? ORDER BY id", String.class,
                "billing/bill_lines_2024-10_late.csv")).isEqualTo(List.of("FAILED", "LOADED"));
    }

    @OnH2
    static class H2Tests extends IngestJobIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends IngestJobIntegrationTests {
    }
}
