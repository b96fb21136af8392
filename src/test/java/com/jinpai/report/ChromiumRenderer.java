package com.jinpai.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium, as the report tests run it. Absent locally: the test is skipped.
 * Absent on CI ({@code CI=true}): the test fails, since .ci/run must install it.
 */
final class ChromiumRenderer {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path profiles;

    ChromiumRenderer(Path profiles) {
        this.profiles = profiles;
    }

    static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(CHROMIUM + " is missing and CI=true: install Debian's chromium package (apt-get install -y chromium)");
        }
        assumeTrue(false, CHROMIUM + " is missing (apt-get install -y chromium); set CI=true to make this a failure");
    }

    /** Loads the page and saves a screenshot; returns Chromium's log (stderr). */
    Result screenshot(Path page, Path png) throws IOException, InterruptedException {
        return run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2000");
    }

    /** Loads the page and returns the DOM as rendered, with Chromium's log. */
    Result dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    private Result run(Path page, String... action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + Files.createTempDirectory(profiles, "chromium-profile")));
        command.addAll(List.of(action));
        command.add(page.toAbsolutePath().toUri().toString());
        Path stdout = Files.createTempFile(profiles, "chromium", ".out");
        Path stderr = Files.createTempFile(profiles, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + Files.readString(stderr));
        }
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    record Result(int exitCode, String stdout, String log) {

        /** Console messages from the page: script errors, blocked or failed loads. */
        List<String> consoleErrors() {
            return log.lines().filter(line -> line.contains("CONSOLE") || line.contains("Uncaught")
                    || line.contains("Content-Security-Policy") || line.contains("net::ERR_")).toList();
        }
    }
}
