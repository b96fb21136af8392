package com.jinpai.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts real {@code jinpai} processes (this test class path, the project folder as working
 * directory) with the given system properties, each writing its output to a log file; {@link #close()}
 * kills what is still running.
 */
public final class JinpaiProcesses implements AutoCloseable {

    private static final long WAIT_SECONDS = 120;

    private final Path logs;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();

    public JinpaiProcesses(Path logs) {
        this.logs = logs;
    }

    /** The test context's MariaDB database, at another URL when given (a proxy in front of it). */
    public JinpaiProcesses withDatabaseOf(org.springframework.core.env.Environment environment,
            @org.jspecify.annotations.Nullable String url) {
        return with("spring.datasource.url", url != null ? url : environment.getProperty("spring.datasource.url"))
                .with("spring.datasource.username", environment.getProperty("spring.datasource.username"))
                .with("spring.datasource.password", environment.getProperty("spring.datasource.password", ""))
                .with("spring.batch.jdbc.isolation-level-for-create", "read-committed");
    }

    /** A {@code -Dname=value} every later process gets. */
    public JinpaiProcesses with(String name, String value) {
        properties.put(name, value);
        return this;
    }

    /** Starts {@code jinpai ARGS}; its output goes to {@code NAME.log}. */
    public Process start(String name, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("com.jinpai.JinpaiApplication");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logs.resolve(name + ".log").toFile()).directory(new File(".")).start();
            processes.add(process);
            return process;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Runs {@code jinpai ARGS} to its end and returns its exit code. */
    public int run(String name, String... args) throws InterruptedException {
        Process process = start(name, args);
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not end within " + WAIT_SECONDS + " s: " + output(name));
        }
        return process.exitValue();
    }

    public static boolean ended(Process process) throws InterruptedException {
        return process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    public String output(String name) {
        try {
            return Files.readString(logs.resolve(name + ".log"), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        processes.forEach(Process::destroyForcibly);
    }
}
