package com.jinpai.cli;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.jinpai.operations.OpsTestControl;
import com.jinpai.support.CuttableProxy;
import com.jinpai.support.JinpaiProcesses;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away in the middle of a run (a proxy between the run's process and MariaDB is
 * cut): the run ends soon with one or two lines saying what happened and how to resume, and once
 * the database is back, {@code restart} resumes it at once, its dead process's lock notwithstanding.
 */
@OnMariaDb
class DatabaseOutageIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    OpsTestControl control;

    @Autowired
    Environment environment;

    @TempDir
    Path logs;

    CuttableProxy proxy;
    JinpaiProcesses processes;
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() throws Exception {
        control.reset();
        new TestDatabase(dataSource).reset();
        jdbc = new JdbcTemplate(dataSource);
        proxy = new CuttableProxy(env("JINPAI_TEST_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env("JINPAI_TEST_DB_PORT", "3306")));
        String url = environment.getProperty("spring.datasource.url")
                .replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
        processes = new JinpaiProcesses(logs)
                .with(OpsTestControl.DIR_PROPERTY, control.dir().toString())
                .withDatabaseOf(environment, url);
    }

    @AfterEach
    void tearDown() {
        control.reset();
        processes.close();
        proxy.close();
    }

    @Test
    void aLostDatabaseEndsTheRunWithWhatToDoAndRestartResumesItOnceItIsBack() throws Exception {
        control.hold();
        Process run = processes.start("run", "run", "ops-test", "--month", "2025-10");
        await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM "
                + "BATCH_STEP_EXECUTION WHERE STEP_NAME = 'opsTestHoldStep' AND STATUS = 'STARTED'", Integer.class) == 1);
        long id = jdbc.queryForObject("SELECT execution_id FROM run_lock", Long.class);

        proxy.cut();
        assertThat(JinpaiProcesses.ended(run)).isTrue();
        String output = processes.output("run");
        assertThat(run.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("lost the database at 127.0.0.1:" + proxy.port() + " during opsTestHoldStep")
                .contains("when it is back, `jinpai restart " + id + "`");
        assertThat(output.lines().count()).as(output).isLessThan(15);

        proxy.restore();
        control.release();
        assertThat(processes.run("restart", "restart", String.valueOf(id))).as(processes.output("restart")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ops_test_row WHERE bill_month = '2025-10'", Integer.class))
                .isEqualTo(100);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
