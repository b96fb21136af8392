package com.jinpai.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import com.jinpai.operations.OpsTestControl;
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
 * The run guard between two real `jinpai` processes on one MariaDB database: the second `run` of a
 * month exits 3 naming the first one's execution. (MariaDB only: the H2 test database lives in this JVM.)
 */
@OnMariaDb
class TwoProcessesIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    OpsTestControl control;

    @Autowired
    Environment environment;

    @TempDir
    Path logs;

    JinpaiProcesses processes;

    @BeforeEach
    void reset() {
        control.reset();
        new TestDatabase(dataSource).reset();
        processes = new JinpaiProcesses(logs)
                .with(OpsTestControl.DIR_PROPERTY, control.dir().toString())
                .withDatabaseOf(environment, null);
    }

    @AfterEach
    void cleanUp() {
        control.reset();
        processes.close();
    }

    @Test
    void theSecondProcessExitsThreeNamingTheFirstOnesExecution() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        control.hold();
        Process first = jinpai("first", "run", "ops-test", "--month", "2025-10");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM run_lock WHERE execution_id IS NOT NULL", Integer.class) == 1);
        long id = jdbc.queryForObject("SELECT execution_id FROM run_lock", Long.class);

        Process second = jinpai("second", "run", "ops-test", "--month", "2025-10");
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(output("second")).isEqualTo(3);
        assertThat(output("second")).contains("ops-test 2025-10 is already running as execution " + id);

        control.release();
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(output("first")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ops_test_row WHERE bill_month = '2025-10'", Integer.class))
                .isEqualTo(100);
    }

    private Process jinpai(String name, String... args) {
        return processes.start(name, args);
    }

    private String output(String name) {
        return processes.output(name);
    }
}
