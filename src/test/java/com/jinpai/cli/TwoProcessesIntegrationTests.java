package com.jinpai.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import com.jinpai.operations.OpsTestControl;
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

    final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void reset() {
        control.reset();
        new TestDatabase(dataSource).reset();
    }

    @AfterEach
    void cleanUp() {
        control.reset();
        processes.forEach(Process::destroyForcibly);
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

    private Process jinpai(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "-D" + OpsTestControl.DIR_PROPERTY + "=" + control.dir(),
                "-Dspring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "-Dspring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "-Dspring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "-Dspring.batch.jdbc.isolation-level-for-create=read-committed",
                "com.jinpai.JinpaiApplication"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile()).directory(new File(".")).start();
        processes.add(process);
        return process;
    }

    private String output(String name) throws IOException {
        return Files.readString(logs.resolve(name + ".log"), StandardCharsets.UTF_8);
    }
}
