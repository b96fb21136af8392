package com.jinpai.remote;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.jinpai.ingest.IngestJobConfiguration;
import com.jinpai.support.JinpaiProcesses;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.value.MonthCloseValueConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

/**
 * Remote partitioning with real processes on MariaDB and the RabbitMQ of the machine
 * (127.0.0.1:5672): {@code jinpai worker} processes run the month's partitions of a
 * {@code jinpai run month-close}, and the tables equal those of local partitions; a worker killed
 * inside a partition fails the run naming it, and {@code restart} runs only that partition again,
 * on the worker still alive, to the same tables; no worker and no broker end in the messages that
 * say so. Each test has its own queue; every wait is on a state the processes show (rows, files,
 * exits), never on a pause.
 */
@OnMariaDb
class RemotePartitionsProcessTests {

    private static final String PARTITIONS = MonthCloseValueConfiguration.PARTITION_STEP + ":%";
    private static final String INGEST_PARTITIONS = IngestJobConfiguration.PARTITION_STEP + ":%";
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @TempDir
    Path logs;

    private TestDatabase database;
    private JdbcTemplate jdbc;
    private JinpaiProcesses local;
    private JinpaiProcesses remote;

    @BeforeEach
    void reset() {
        // like MariaDB: skipped where no broker runs, required on CI (.ci/run starts it)
        assumeTrue("true".equals(System.getenv("CI")) || brokerAnswers(), "no RabbitMQ at 127.0.0.1:5672");
        database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        local = processes(false);
        remote = processes(true).with("jinpai.remote.queue", "jinpai.test." + UUID.randomUUID())
                .with(PartitionHold.DIR_PROPERTY, logs.resolve("hold").toString());
    }

    @AfterEach
    void stopProcesses() {
        PartitionHold.release(logs.resolve("hold"));
        if (remote != null) {
            remote.close();
            local.close();
        }
    }

    @Test
    void twoWorkersWriteTheTablesOfLocalPartitions() throws Exception {
        assertThat(local.run("local", monthClose())).as(local.output("local")).isZero();
        Map<String, List<Map<String, Object>>> expected = valueTables();
        database.reset();

        startWorkers(2);
        assertThat(remote.run("remote", monthClose())).as(remote.output("remote")).isZero();

        assertThat(valueTables()).isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE ?"
                + " AND STATUS = 'COMPLETED'", Integer.class, PARTITIONS)).as("3 months of 4 partitions").isEqualTo(12);
        assertThat(jdbc.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE ?"
                + " AND STATUS = 'COMPLETED' ORDER BY STEP_NAME", String.class, INGEST_PARTITIONS))
                .as("bill lines and usage, each month a partition").containsExactly(
                        "ingestPartitionStep:bill-lines-2026-08", "ingestPartitionStep:bill-lines-2026-09",
                        "ingestPartitionStep:bill-lines-2026-10", "ingestPartitionStep:usage-2026-08",
                        "ingestPartitionStep:usage-2026-09", "ingestPartitionStep:usage-2026-10",
                        "ingestPartitionStep:usage-2026-11");
        String workers = remote.output("worker1") + remote.output("worker2");
        assertThat(workers).contains("running valueMonthPartitionStep:2026-08-p")
                .contains("running ingestPartitionStep:bill-lines-2026-");
    }

    @Test
    void aWorkerKilledInsideAPartitionFailsTheRunNamingItAndRestartRunsOnlyThatOne() throws Exception {
        assertThat(local.run("local", monthClose())).as(local.output("local")).isZero();
        Map<String, List<Map<String, Object>>> expected = valueTables();
        database.reset();

        Path hold = logs.resolve("hold");
        PartitionHold.hold(hold, "2026-09-p3");
        startWorkers(2);
        Process run = remote.start("remote", monthClose());
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> PartitionHold.holding(hold) != null || !run.isAlive());
        assertThat(run.isAlive()).as(remote.output("remote")).isTrue();
        long held = PartitionHold.holding(hold);
        long pid = jdbc.queryForObject("SELECT pid FROM value_worker WHERE step_execution_id = ?", Long.class, held);
        assertThat(remote.run("status", "status")).as(remote.output("status")).isZero();
        assertThat(remote.output("status")).contains("Workers: 2 alive")
                .containsPattern("valueMonthPartitionStep:2026-09-p3 +execution \\d+, running on .* pid " + pid);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        PartitionHold.release(hold);

        assertThat(run.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String output = remote.output("remote");
        assertThat(run.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("valueMonthPartitionStep:2026-09-p3").contains("stopped answering");
        long execution = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);

        assertThat(remote.run("restart", "restart", String.valueOf(execution))).as(remote.output("restart")).isZero();

        assertThat(valueTables()).isEqualTo(expected);
        assertThat(jdbc.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE ?"
                + " AND JOB_EXECUTION_ID > ? ORDER BY STEP_NAME", String.class, "%:2026-09-%", execution))
                .as("of September, only the killed partition ran again").containsExactly(
                        "valueMonthPartitionStep:2026-09-p3");
    }

    @Test
    void noWorkerFailsTheRunWithinTheAnswerTimeoutSayingSo() throws Exception {
        int exit = remote.run("remote", monthClose());

        String output = remote.output("remote");
        assertThat(exit).as(output).isEqualTo(1);
        // the first partitions a month-close sends are the ingest's
        assertThat(output).contains("bill-lines partitions did not complete")
                .contains("no worker took partition ingestPartitionStep:bill-lines-2026-08")
                .contains("jinpai.remote.answer-timeout");
    }

    @Test
    void noBrokerStopsRunsAndWorkersAtTheDoorInOneLine() throws Exception {
        remote.with("jinpai.remote.port", "1");

        assertThat(remote.run("run", monthClose())).as(remote.output("run")).isEqualTo(2);
        assertThat(remote.run("worker", "worker")).as(remote.output("worker")).isEqualTo(2);

        for (String name : List.of("run", "worker")) {
            List<String> lines = remote.output(name).lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines).as(name).hasSize(1);
            assertThat(lines.get(0)).startsWith("RabbitMQ at 127.0.0.1:1 does not answer");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isZero();
    }

    private static boolean brokerAnswers() {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", 5672), 2000);
            return true;
        }
        catch (java.io.IOException ex) {
            return false;
        }
    }

    private JinpaiProcesses processes(boolean remoteMode) {
        return new JinpaiProcesses(logs).withDatabaseOf(environment, null)
                .with("jinpai.output-dir", logs.resolve(remoteMode ? "out-remote" : "out-local").toString())
                .with("jinpai.partitions.count", "4")
                .with("jinpai.remote.enabled", String.valueOf(remoteMode))
                .with("jinpai.remote.poll-interval", "200ms")
                .with("jinpai.remote.heartbeat-interval", "500ms")
                .with("jinpai.remote.stale-after", "5s")
                .with("jinpai.remote.answer-timeout", "5s")
                .with("jinpai.remote.connect-timeout", "2s");
    }

    private void startWorkers(int count) {
        for (int i = 1; i <= count; i++) {
            remote.start("worker" + i, "worker");
        }
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM value_worker", Integer.class) == count);
    }

    private static String[] monthClose() {
        return new String[] {"run", "month-close", "--month", "2026-10", "--inbox", "sample-data"};
    }

    private Map<String, List<Map<String, Object>>> valueTables() {
        Map<String, String> order = new LinkedHashMap<>();
        order.put("customer_month", "bill_month, customer_id");
        order.put("tier_history", "customer_id, effective_from");
        order.put("top_n_change", "bill_month, customer_id");
        order.put("segment_summary", "bill_month, dimension, segment");
        order.put("tier_migration", "bill_month, from_tier, to_tier");
        // what the ingest partitions wrote (file ids follow the order files finished in: by name here)
        order.put("bill_total", "bill_month, customer_id");
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        order.forEach((table, by) -> tables.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + by)));
        String file = "(SELECT f.file_name FROM ingest_file f WHERE f.id = x.file_id)";
        tables.put("usage_day", jdbc.queryForList("SELECT " + file + " AS file, usage_date, customer_id, voice_rated,"
                + " sms_rated, data_rated, roaming_rated, services, active FROM usage_day x"
                + " ORDER BY usage_date, customer_id, file"));
        tables.put("ingest_file", jdbc.queryForList("SELECT source, file_name, checksum, bill_month, status, rows_read,"
                + " rows_loaded, rows_rejected, rows_duplicate FROM ingest_file ORDER BY source, file_name, status"));
        tables.put("ingest_reject", jdbc.queryForList("SELECT " + file + " AS file, line_no, field, reason"
                + " FROM ingest_reject x ORDER BY file, line_no, field, reason"));
        return tables;
    }
}
