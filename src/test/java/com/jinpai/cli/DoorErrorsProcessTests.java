package com.jinpai.cli;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.jinpai.support.MariaDbAvailable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees at the door, from real {@code jinpai} processes on the application's own class
 * path: help, version and usage errors without a database, and each failure to start in one or two
 * lines on stderr with exit 2 that say what to fix, the stack trace only with {@code --debug}. Each
 * process runs in a folder of its own holding a copy of {@code config/}.
 */
class DoorErrorsProcessTests {

    private static final String DB_HOST = env("JINPAI_TEST_DB_HOST", "127.0.0.1");
    private static final String DB_PORT = env("JINPAI_TEST_DB_PORT", "3306");
    private static final String DB_USER = env("JINPAI_TEST_DB_USER", "root");

    @TempDir
    Path home;

    @BeforeEach
    void copyConfig() throws IOException {
        Path config = Files.createDirectories(home.resolve("config"));
        try (var files = Files.list(Path.of("config"))) {
            for (Path file : files.toList()) {
                Files.copy(file, config.resolve(file.getFileName()));
            }
        }
    }

    record Result(int code, String out, String err) {
    }

    @Test
    void helpVersionAndUsageErrorsNeedNoDatabaseEvenWithAWrongPassword() throws Exception {
        Map<String, String> wrongPassword = mysql("jdbc:mysql://" + DB_HOST + ":" + DB_PORT + "/jinpai", DB_USER,
                "surely-not-the-password");
        Result help = jinpai(wrongPassword, "--help");
        assertThat(help.code()).as(help.err()).isZero();
        assertThat(help.out()).contains("Usage: jinpai", "--debug", "Exit codes (every command):");
        assertThat(help.err()).isEmpty();

        Result version = jinpai(wrongPassword, "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().trim()).isEqualTo("jinpai 0.1.0");

        Result usage = jinpai(wrongPassword, "run", "nightly");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).startsWith("Missing required option: '--month=YYYY-MM'").contains("Usage: jinpai run")
                .doesNotContain("Exception");
        assertThat(home.resolve("data")).doesNotExist();
    }

    @Test
    @ExtendWith(MariaDbAvailable.class)
    void aWrongPasswordNamesServerUserAndTheSettingsToCheck() throws Exception {
        Result status = jinpai(mysql("jdbc:mysql://" + DB_HOST + ":" + DB_PORT + "/jinpai_renovate_absent", DB_USER,
                "surely-not-the-password"), "status");
        assertThat(status.code()).isEqualTo(2);
        assertThat(lines(status.err())).containsExactly("cannot connect to MySQL at " + DB_HOST + ":" + DB_PORT
                + " as " + DB_USER + ": access denied — check JINPAI_DB_USER / JINPAI_DB_PASSWORD");
        assertThat(status.out()).isEmpty();
    }

    @Test
    @ExtendWith(MariaDbAvailable.class)
    void anUnknownDatabaseIsNamed() throws Exception {
        Result history = jinpai(mysql("jdbc:mysql://" + DB_HOST + ":" + DB_PORT + "/jinpai_no_such_database",
                DB_USER, env("JINPAI_TEST_DB_PASSWORD", "")), "history");
        assertThat(history.code()).isEqualTo(2);
        assertThat(lines(history.err())).containsExactly("cannot connect to MySQL at " + DB_HOST + ":" + DB_PORT
                + " as " + DB_USER + ": database 'jinpai_no_such_database' does not exist — create it, or name another"
                + " in JINPAI_DB_URL");
    }

    @Test
    void noServerSaysSoAndTheStackTraceComesOnlyWithDebug() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> nobody = mysql("jdbc:mysql://127.0.0.1:" + port + "/jinpai?connectTimeout=2000",
                "jinpai", "x");
        Result status = jinpai(nobody, "status");
        assertThat(status.code()).isEqualTo(2);
        assertThat(lines(status.err())).containsExactly("cannot connect to MySQL at 127.0.0.1:" + port
                + " as jinpai: no server answers — start MySQL, or fix the host and port in JINPAI_DB_URL");

        Result debug = jinpai(nobody, "--debug", "status");
        assertThat(debug.code()).isEqualTo(2);
        assertThat(debug.err()).startsWith("cannot connect to MySQL at 127.0.0.1:" + port)
                .contains("\tat ", "CommunicationsException");
    }

    @Test
    void aYamlSyntaxErrorNamesTheFileAndLine() throws Exception {
        int gold = setInValueYml("gold", "[150.00");

        Result status = jinpai(Map.of(), "status");
        assertThat(status.code()).isEqualTo(2);
        assertThat(lines(status.err())).singleElement().asString()
                .startsWith("config" + File.separator + "value.yml line " + (gold + 2) + ", column 11: expected ',' or ']'")
                .contains("from line " + (gold + 1)).doesNotContain("reader");
    }

    @Test
    void invertedTierLinesAreReportedUnderTheRealSettingWithItsLine() throws Exception {
        int gold = setInValueYml("gold", "40.00");

        Result status = jinpai(Map.of(), "status");
        assertThat(status.code()).isEqualTo(2);
        assertThat(lines(status.err())).containsExactly("config" + File.separator + "value.yml line " + (gold + 1)
                + ": jinpai.tiers.gold = 40.0: must be above silver (50.0): tier lines rise strictly,"
                + " silver < gold < platinum < diamond");
    }

    @Test
    void aValueThatDoesNotBindNamesSettingFileAndLine() throws Exception {
        int grace = setInValueYml("grace", "two");

        Result status = jinpai(Map.of(), "status");
        assertThat(status.code()).isEqualTo(2);
        assertThat(lines(status.err())).containsExactly("config" + File.separator + "value.yml line " + (grace + 1)
                + ": jinpai.tiers.grace = two: is not a valid int");
    }

    /** Sets a tier setting in this process's config/value.yml; returns its 0-based line. */
    private int setInValueYml(String setting, String value) throws IOException {
        Path file = home.resolve("config/value.yml");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("    " + setting + ": ")) {
                lines.set(i, "    " + setting + ": " + value);
                Files.write(file, lines, StandardCharsets.UTF_8);
                return i;
            }
        }
        throw new IllegalStateException("no setting '" + setting + "' in config/value.yml");
    }

    private static List<String> lines(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }

    private static Map<String, String> mysql(String url, String user, String password) {
        return Map.of("SPRING_PROFILES_ACTIVE", "mysql", "JINPAI_DB_URL", url, "JINPAI_DB_USER", user,
                "JINPAI_DB_PASSWORD", password);
    }

    /** The application's class path without the test classes: the command line as shipped. */
    private Result jinpai(Map<String, String> environment, String... args) throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classPath, "com.jinpai.JinpaiApplication"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(home.resolve("out.txt").toFile()).redirectError(home.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("JINPAI_") || name.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("jinpai " + String.join(" ", args) + " did not end within 180 s");
        }
        return new Result(process.exitValue(), Files.readString(home.resolve("out.txt")),
                Files.readString(home.resolve("err.txt")));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
