package com.jinpai.system.h2;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import com.jinpai.operations.OpsTestControl;
import com.jinpai.support.JinpaiProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real {@code jinpai} processes on one embedded H2 file: whichever process started the database
 * server, and whichever short command comes and goes, a run in progress keeps its database.
 */
class H2ServerProcessesTests {

    private static final Duration WAIT = Duration.ofSeconds(120);
    /** A run is held while up to three other processes start and end, one after the other. */
    private static final Duration HOLD = WAIT.multipliedBy(4);
    private static final String SETTINGS = ";MODE=MySQL;LOCK_TIMEOUT=10000";

    /** Kept when a test fails: the processes' logs and the server's log are the evidence. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    JinpaiProcesses jinpai;
    OpsTestControl control;
    String fileUrl;
    H2ServerFiles files;

    @BeforeEach
    void setUp() throws Exception {
        fileUrl = "jdbc:h2:file:" + dir.resolve("data/jinpai") + SETTINGS;
        files = H2ServerLauncher.filesOf(fileUrl);
        control = new OpsTestControl(dir.resolve("control"));
        Files.createDirectories(dir.resolve("logs"));
        jinpai = new JinpaiProcesses(dir.resolve("logs"))
                .with("spring.datasource.url", fileUrl)
                .with(OpsTestControl.DIR_PROPERTY, control.dir().toString())
                .with("jinpai.output-dir", dir.resolve("output").toString())
                .with("jinpai.h2-server.java-options", "-Xmx256m");
    }

    @AfterEach
    void tearDown() throws Exception {
        control.reset();
        jinpai.close();
        H2ServerLauncher.stop(files, WAIT);
    }

    @Test
    void aRunKeepsItsDatabaseWhileShortCommandsStartAndExitAroundIt() throws Exception {
        // The server is started by a command that ends at once: its exit must not matter.
        assertThat(jinpai.run("history", "history")).as(jinpai.output("history")).isZero();
        H2ServerFiles.Running server = files.read();
        assertThat(server).isNotNull();
        // the server sized H2's page cache to its heap (-Xmx256m: 96 MB), not H2's 16 MB default
        assertThat(count("SELECT CAST(SETTING_VALUE AS INT) FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")).isBetween(64, 128);

        control.holdUpTo(HOLD);
        Process run = jinpai.start("run", "run", "ops-test", "--month", "2025-10");
        await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM run_lock WHERE execution_id IS NOT NULL") == 1);

        assertThat(jinpai.run("status", "status")).as(jinpai.output("status")).isZero();
        assertThat(run.isAlive()).as(jinpai.output("run")).isTrue();
        assertThat(jinpai.run("second", "run", "ops-test", "--month", "2025-10")).as(jinpai.output("second"))
                .isEqualTo(3);
        assertThat(jinpai.output("second")).contains("ops-test 2025-10 is already running as execution");
        assertThat(jinpai.run("history-again", "history")).as(jinpai.output("history-again")).isZero();
        assertThat(run.isAlive()).as(jinpai.output("run")).isTrue();

        control.release();
        assertThat(JinpaiProcesses.ended(run)).isTrue();
        assertThat(run.exitValue()).as(jinpai.output("run")).isZero();
        assertThat(count("SELECT COUNT(*) FROM ops_test_row WHERE bill_month = '2025-10'")).isEqualTo(100);
        assertThat(count("SELECT COUNT(*) FROM run_lock")).isZero();
        assertThat(files.read()).as("one server all along").isEqualTo(server);
    }

    @Test
    void aRunWhoseDatabaseServerIsStoppedSaysSoAndRestartResumesItOnANewServer() throws Exception {
        control.hold();
        Process run = jinpai.start("run", "run", "ops-test", "--month", "2025-11");
        await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = "
                + "'opsTestHoldStep' AND STATUS = 'STARTED'") == 1);
        long id = count("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION");
        H2ServerFiles.Running server = files.read();

        // SIGTERM, as an admin stops it: H2 writes commits to disk within a second, so a SIGKILL
        // could also take the newest commits (here the execution itself) with it.
        ProcessHandle.of(server.pid()).orElseThrow().destroy();
        assertThat(JinpaiProcesses.ended(run)).isTrue();
        String output = jinpai.output("run");
        assertThat(run.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("lost the database at 127.0.0.1:" + server.port() + " during opsTestHoldStep")
                .contains("`jinpai restart " + id + "`");

        control.release();
        assertThat(jinpai.run("restart", "restart", String.valueOf(id))).as(jinpai.output("restart")).isZero();
        assertThat(count("SELECT COUNT(*) FROM ops_test_row WHERE bill_month = '2025-11'")).isEqualTo(100);
        assertThat(files.read().pid()).isNotEqualTo(server.pid());
    }

    @Test
    void aRunKilledMidWayIsResumedByRestartWhileTheServerStaysUp() throws Exception {
        control.hold();
        Process run = jinpai.start("run", "run", "ops-test", "--month", "2025-12");
        await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = "
                + "'opsTestHoldStep' AND STATUS = 'STARTED'") == 1);
        long id = count("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION");
        H2ServerFiles.Running server = files.read();

        run.destroyForcibly();
        assertThat(JinpaiProcesses.ended(run)).isTrue();
        control.release();

        assertThat(jinpai.run("restart", "restart", String.valueOf(id))).as(jinpai.output("restart")).isZero();
        assertThat(count("SELECT COUNT(*) FROM ops_test_row WHERE bill_month = '2025-12'")).isEqualTo(100);
        assertThat(files.read()).isEqualTo(server);
    }

    @Test
    void processesStartingTogetherShareOneServer() throws Exception {
        List<Process> statuses = List.of(jinpai.start("a", "status"), jinpai.start("b", "status"),
                jinpai.start("c", "status"));
        for (Process status : statuses) {
            assertThat(JinpaiProcesses.ended(status)).isTrue();
            assertThat(status.exitValue()).isZero();
        }
        assertThat(Files.readAllLines(files.logFile(), StandardCharsets.UTF_8))
                .filteredOn(line -> line.contains("listening on")).hasSize(1);
    }

    @Test
    void theServerExitsOnceNoProcessHasUsedItForTheIdleTimeout() throws Exception {
        H2ServerLauncher launcher = new H2ServerLauncher(new H2ServerProperties(Duration.ofSeconds(1), WAIT,
                List.of("-Xmx128m")));
        launcher.tcpUrl(fileUrl);
        long first = files.read().pid();
        await().atMost(WAIT).until(() -> ProcessHandle.of(first).isEmpty());
        assertThat(files.portFile()).doesNotExist();
        assertThat(Files.readString(files.logFile())).contains("no Jinpai process for PT1S: stopped");

        // The next look-up starts a new one; one whose port file is deleted under it (data/ removed)
        // does not linger either.
        launcher.tcpUrl(fileUrl);
        long second = files.read().pid();
        assertThat(second).isNotEqualTo(first);
        Files.delete(files.portFile());
        await().atMost(WAIT).until(() -> ProcessHandle.of(second).isEmpty());
    }

    private int count(String sql) throws SQLException {
        H2ServerLauncher launcher = new H2ServerLauncher(new H2ServerProperties(Duration.ofMinutes(1), WAIT,
                List.of("-Xmx256m")));
        try (Connection connection = DriverManager.getConnection(launcher.tcpUrl(fileUrl), "sa", "")) {
            return query(connection, sql);
        }
        catch (SQLException ex) {
            // Flyway of the first process may not have created the table yet.
            if (ex.getMessage().contains("not found")) {
                return -1;
            }
            throw ex;
        }
    }

    private static int query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
