package com.jinpai.system.h2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Turns the configured file URL of the embedded database ({@code jdbc:h2:file:./data/jinpai;...})
 * into the TCP URL of its server, starting the server first when none runs. Finding and starting
 * happen under a file lock, so two processes starting at the same instant start one server.
 */
public final class H2ServerLauncher {

    private static final String FILE_PREFIX = "jdbc:h2:file:";
    private static final int CONNECT_TIMEOUT_MILLIS = 1000;
    private static final long POLL_MILLIS = 50;
    private static final int LOG_LINES_SHOWN = 5;
    private static final String BOOT_PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private final H2ServerProperties properties;

    public H2ServerLauncher(H2ServerProperties properties) {
        this.properties = properties;
    }

    /** Whether the URL names an H2 file database, the one kind this class serves. */
    public static boolean servesUrl(@Nullable String url) {
        return url != null && url.regionMatches(true, 0, FILE_PREFIX, 0, FILE_PREFIX.length());
    }

    /** The database files of a file URL; a relative path is taken from the working directory. */
    public static H2ServerFiles filesOf(String fileUrl) {
        String rest = fileUrl.substring(FILE_PREFIX.length());
        int semicolon = rest.indexOf(';');
        return new H2ServerFiles(Path.of(semicolon < 0 ? rest : rest.substring(0, semicolon)));
    }

    /** The URL's settings without those a server connection cannot take (AUTO_SERVER). */
    static String settingsOf(String fileUrl) {
        int semicolon = fileUrl.indexOf(';');
        if (semicolon < 0) {
            return "";
        }
        return Arrays.stream(fileUrl.substring(semicolon + 1).split(";"))
                .filter(setting -> !setting.isBlank())
                .filter(setting -> !setting.toUpperCase(Locale.ROOT).startsWith("AUTO_SERVER"))
                .collect(Collectors.joining(";"));
    }

    /** The TCP URL of the database's running server, started now if needed. */
    public String tcpUrl(String fileUrl) {
        H2ServerFiles files = filesOf(fileUrl);
        String settings = settingsOf(fileUrl);
        try {
            Files.createDirectories(files.folder());
            H2ServerFiles.Running running;
            try (FileChannel channel = FileChannel.open(files.lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                running = answering(files);
                if (running == null) {
                    running = start(files, settings);
                }
                files.touch();
            }
            return "jdbc:h2:tcp://127.0.0.1:" + running.port() + "/" + files.name()
                    + (settings.isEmpty() ? "" : ";" + settings);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot reach the H2 server of " + files.database() + ".mv.db: "
                    + ex.getMessage(), ex);
        }
    }

    /** The server named by the port file, if its process lives and its port answers. */
    private static H2ServerFiles.@Nullable Running answering(H2ServerFiles files) throws IOException {
        H2ServerFiles.Running running = files.read();
        if (running == null || ProcessHandle.of(running.pid()).map(ProcessHandle::isAlive).orElse(false) == false) {
            return null;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", running.port()), CONNECT_TIMEOUT_MILLIS);
            return running;
        }
        catch (IOException ex) {
            return null;
        }
    }

    private H2ServerFiles.Running start(H2ServerFiles files, String settings) throws IOException {
        Files.deleteIfExists(files.portFile());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(properties.javaOptions());
        command.addAll(mainClass());
        command.addAll(List.of(files.database().toString(), properties.idleTimeout().toString(), settings));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(files.logFile().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                .start();
        Instant deadline = Instant.now().plus(properties.startTimeout());
        while (Instant.now().isBefore(deadline)) {
            H2ServerFiles.Running running = files.read();
            if (running != null && running.pid() == process.pid()) {
                return running;
            }
            if (!process.isAlive()) {
                throw new IOException("the server process exited with code " + process.exitValue() + ": "
                        + lastLines(files.logFile()) + " (whole log: " + files.logFile() + ")");
            }
            sleep();
        }
        process.destroy();
        throw new IOException("the server process did not start within " + properties.startTimeout()
                + " (jinpai.h2-server.start-timeout); see " + files.logFile());
    }

    /**
     * The server's main class on this process's class path: inside the executable jar the
     * application classes are nested, so the jar's own launcher is asked to run it.
     */
    private static List<String> mainClass() {
        String classPath = System.getProperty("java.class.path");
        if (H2ServerLauncher.class.getClassLoader() != ClassLoader.getSystemClassLoader()) {
            return List.of("-cp", classPath, "-Dloader.main=" + H2Server.class.getName(), BOOT_PROPERTIES_LAUNCHER);
        }
        return List.of("-cp", classPath, H2Server.class.getName());
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")
                ? "NUL" : "/dev/null");
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
        }
        catch (IOException ex) {
            return "(no log)";
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(POLL_MILLIS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the server started", ex);
        }
    }

    /** Asks the server of the database to stop and waits until its process has gone. */
    public static boolean stop(H2ServerFiles files, Duration timeout) throws IOException {
        H2ServerFiles.Running running = files.read();
        if (running == null) {
            return false;
        }
        ProcessHandle handle = ProcessHandle.of(running.pid()).orElse(null);
        if (handle == null) {
            Files.deleteIfExists(files.portFile());
            return false;
        }
        handle.destroy();
        try {
            handle.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        catch (Exception ex) {
            handle.destroyForcibly();
        }
        return true;
    }
}
