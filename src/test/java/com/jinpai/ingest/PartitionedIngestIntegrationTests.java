package com.jinpai.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.system.JinpaiProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bill lines and usage ingested in partitions by month: any partition count writes the same
 * tables as one (a month's files stay together and in order, whatever other month loads beside
 * them), and a failed file fails the run naming it, while a restart runs only its month's
 * partition again.
 */
abstract class PartitionedIngestIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    IngestService service;

    @Autowired
    JinpaiProperties properties;

    @Autowired
    @Qualifier(IngestJobConfiguration.PARTITION_STEP)
    Step partitionStep;

    @Autowired
    @Qualifier("ingestCustomersStep")
    Step customers;

    @Autowired
    @Qualifier("ingestAccountManagersStep")
    Step managers;

    @Autowired
    @Qualifier("ingestPaymentsStep")
    Step payments;

    @Autowired
    @Qualifier("ingestComplaintsStep")
    Step complaints;

    @TempDir
    Path tempDir;

    private TestDatabase database;
    private JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
    }

    @Test
    void fourPartitionsWriteTheTablesOfOne() throws Exception {
        Map<String, List<String>> expected = twoRuns(1);
        assertThat(expected.get("bill_total")).isNotEmpty();
        assertThat(expected.get("ingest_file")).anyMatch(row -> row.contains("REPLACED"));
        assertThat(expected.get("ingest_file")).anyMatch(row -> row.contains("rows_duplicate=1,"));

        database.reset();
        Map<String, List<String>> actual = twoRuns(4);

        expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table).isEqualTo(rows));
    }

    @Test
    void aFailedFileFailsTheRunNamingItAndARestartRunsOnlyItsMonthAgain() throws Exception {
        TestInbox inbox = new TestInbox(tempDir.resolve("inbox")).canonical()
                .put("canonical/billing/bill_lines_2024-10.csv", "billing/bill_lines_2024-09.csv",
                        text -> text.replace("2024-10", "2024-09"))
                .put("bill_lines_bad_rows.csv", "billing/bill_lines_2024-11.csv",
                        text -> text.replace("2024-10", "2024-11"));
        IngestTestJob job = new IngestTestJob(jobs, jobRepository, flow(4));

        JobExecution failed = job.run("2024-11", inbox.root());

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        StepExecution bills = IngestJobIntegrationTests.steps(failed).get("ingestBillLinesStep");
        assertThat(bills.getFailureExceptions()).singleElement().isInstanceOf(IngestFailedException.class)
                .satisfies(failure -> assertThat(failure.getMessage())
                        .startsWith("1 bill-lines file failed and loaded nothing (the other files loaded):\n"
                                + " - billing/bill_lines_2024-11.csv: 9 of 12 rows rejected (75.00%)"));
        assertThat(bills.getExitStatus().getExitDescription()).doesNotContain("Partition handler returned");
        assertThat(partitions(failed)).containsExactlyInAnyOrder("bill-lines-2024-09", "bill-lines-2024-10",
                "bill-lines-2024-11");
        assertThat(bills.getReadCount()).isEqualTo(10 + 10 + 12);
        assertThat(bills.getExecutionContext().getLong(IngestTasklet.FILES_LOADED)).isEqualTo(2);
        assertThat(bills.getExecutionContext().getLong(IngestTasklet.FILES_FAILED)).isEqualTo(1);

        inbox.put("canonical/billing/bill_lines_2024-10.csv", "billing/bill_lines_2024-11.csv",
                text -> text.replace("2024-10", "2024-11"));
        JobExecution restarted = job.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(partitions(restarted)).as("of the bill lines only November again; usage had not run")
                .containsExactlyInAnyOrder("bill-lines-2024-11", "usage-2024-10");
        IngestSummary.Totals totals = new IngestSummary(jdbc, jobRepository).forJobExecution(restarted.getId());
        assertThat(totals.filesLoaded()).as("the fixed bill file; payments, usage, complaints ran after the bills")
                .isEqualTo(4);
        assertThat(totals.filesSkipped()).as("customers, managers: loaded before").isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT bill_month FROM bill_total GROUP BY bill_month ORDER BY bill_month",
                String.class)).containsExactly("2024-09", "2024-10", "2024-11");
    }

    /**
     * Three months of bill lines and usage with duplicate line ids across a month's files, loaded,
     * then again after a month's first file was corrected without the lines another file repeats.
     */
    private Map<String, List<String>> twoRuns(int partitions) throws Exception {
        TestInbox inbox = new TestInbox(tempDir.resolve("inbox-" + partitions)).canonical();
        for (String month : List.of("2024-10", "2024-11", "2024-12")) {
            inbox.put("bill_lines_duplicates.csv", "billing/bill_lines_" + month + "_a.csv",
                    text -> text.replace("2024-10", month))
                    .put("bill_lines_duplicates_part2.csv", "billing/bill_lines_" + month + "_b.csv",
                            text -> text.replace("2024-10", month))
                    .put("canonical/usage/usage_2024-10-01.csv", "usage/usage_" + month + "-01.csv",
                            text -> text.replace("2024-10", month));
        }
        IngestTestJob job = new IngestTestJob(jobs, jobRepository, flow(partitions));
        assertThat(job.run("2024-11", inbox.root()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        inbox.write("billing/bill_lines_2024-11_a.csv", """
                line_id,customer_id,bill_month,charge_type,amount
                L3001,C001,2024-11,PLAN,100.00
                L3002,C001,2024-11,DATA,25.00
                """);
        JobExecution second = job.run("2024-12", inbox.root());
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        if (partitions > 1) {
            assertThat(partitions(second)).hasSize(3 + 3);
        }
        return ingestTables();
    }

    private Flow flow(int partitions) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(partitionStep);
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("test-ingest-partition-");
        threads.setConcurrencyLimit(3);
        handler.setTaskExecutor(threads);
        handler.setGridSize(partitions);
        PartitionedIngestStep bills = new PartitionedIngestStep("ingestBillLinesStep", Source.BILL_LINES, service,
                properties, handler);
        bills.setJobRepository(jobRepository);
        PartitionedIngestStep usage = new PartitionedIngestStep("ingestUsageStep", Source.USAGE, service, properties,
                handler);
        usage.setJobRepository(jobRepository);
        return new FlowBuilder<SimpleFlow>("partitionedIngestTestFlow").start(customers).next(managers).next(bills)
                .next(payments).next(usage).next(complaints).build();
    }

    private static List<String> partitions(JobExecution execution) {
        return execution.getStepExecutions().stream().map(StepExecution::getStepName)
                .filter(name -> name.startsWith(IngestJobConfiguration.PARTITION_STEP + ":"))
                .map(name -> name.substring(name.indexOf(':') + 1)).toList();
    }

    /** The ingest tables, each row as text in a sorted list, file ids as the file's name. */
    private Map<String, List<String>> ingestTables() {
        String name = "(SELECT f.file_name FROM ingest_file f WHERE f.id = x.file_id) AS file";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("bill_total", "SELECT * FROM bill_total x");
        queries.put("bill_line_ids", "SELECT " + name + ", chunk_no, entries, id_set FROM bill_line_ids x");
        queries.put("usage_day", "SELECT x.*, " + name + " FROM usage_day x");
        queries.put("ingest_reject", "SELECT " + name + ", line_no, field, reason, raw_text FROM ingest_reject x");
        queries.put("ingest_file", "SELECT source, file_name, checksum, size_bytes, bill_month, status, rows_read,"
                + " rows_loaded, rows_rejected, rows_duplicate, message, (SELECT f.file_name FROM ingest_file f"
                + " WHERE f.id = x.replaced_by) AS replaced_by FROM ingest_file x");
        queries.put("payment", "SELECT * FROM payment x");
        Map<String, List<String>> tables = new LinkedHashMap<>();
        queries.forEach((table, sql) -> {
            List<String> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.queryForList(sql)) {
                Map<String, Object> shown = new LinkedHashMap<>();
                row.forEach((column, value) -> {
                    String key = column.toLowerCase(java.util.Locale.ROOT);
                    if (!key.equals("file_id") && !key.equals("id")) {
                        shown.put(key, value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value);
                    }
                });
                rows.add(shown.toString());
            }
            rows.sort(null);
            tables.put(table, rows);
        });
        return tables;
    }

    @OnH2
    static class H2Tests extends PartitionedIngestIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends PartitionedIngestIntegrationTests {
    }
}
