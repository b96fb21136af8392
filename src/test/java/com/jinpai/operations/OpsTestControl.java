package com.jinpai.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * TEST ONLY. Steers the {@code ops-test} job through marker files, so that a test can hold a run
 * "running" or make it fail at a chosen row, in this JVM or in a child process started with
 * {@code -Djinpai.ops-test.dir=...}.
 */
@Component
public class OpsTestControl {

    public static final String DIR_PROPERTY = "jinpai.ops-test.dir";

    private final Path dir;

    public OpsTestControl() throws IOException {
        String configured = System.getProperty(DIR_PROPERTY);
        this.dir = configured != null ? Files.createDirectories(Path.of(configured))
                : Files.createTempDirectory("jinpai-ops-test");
    }

    /** Steers child processes started with {@code -Djinpai.ops-test.dir=DIR}, without a context. */
    public OpsTestControl(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Runs wait in their first step until {@link #release()}. */
    public void hold() {
        write("hold", "");
    }

    /**
     * Like {@link #hold()}, with a longer safety limit than the job's default: for tests that start
     * several other processes while the run waits, which can take minutes on a loaded machine.
     */
    public void holdUpTo(java.time.Duration limit) {
        write("hold", limit.toString());
    }

    /** The hold's safety limit, or null for the job's default. */
    java.time.@org.jspecify.annotations.Nullable Duration holdLimit() {
        try {
            String text = Files.readString(dir.resolve("hold")).trim();
            return text.isEmpty() ? null : java.time.Duration.parse(text);
        }
        catch (IOException ex) {
            return null;
        }
    }

    public void release() {
        delete("hold");
    }

    boolean held() {
        return Files.exists(dir.resolve("hold"));
    }

    /**
     * Whether a held run is inside its hold step, waiting without committing: from then on a stop
     * request cannot cross one of its commits.
     */
    public boolean holding() {
        return Files.exists(dir.resolve("holding"));
    }

    void markHolding() {
        write("holding", "");
    }

    /** Runs of this month fail when they reach this item (1-based). */
    public void failAt(String month, int item) {
        write("fail-at", month + ":" + item);
    }

    public void clearFailure() {
        delete("fail-at");
    }

    boolean failsAt(String month, int item) {
        Path file = dir.resolve("fail-at");
        try {
            return Files.exists(file) && Files.readString(file).trim().equals(month + ":" + item);
        }
        catch (IOException ex) {
            return false;
        }
    }

    public void reset() {
        List.of("hold", "holding", "fail-at").forEach(this::delete);
    }

    private void write(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void delete(String name) {
        try {
            Files.deleteIfExists(dir.resolve(name));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
