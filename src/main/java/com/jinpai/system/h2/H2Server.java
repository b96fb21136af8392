package com.jinpai.system.h2;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.h2.tools.Server;

/**
 * The detached process that hosts the embedded H2 database for every Jinpai process on this
 * machine. It listens on a free loopback port, writes that port and its pid to the port file,
 * keeps the database open itself, and exits once no other session has been connected and no
 * client has looked it up for the idle timeout (or on SIGTERM). It ignores SIGINT and SIGHUP: a
 * Ctrl+C or a closed terminal aimed at the command that started it must not reach it.
 *
 * <p>Arguments: the absolute database path (without {@code .mv.db}), the idle timeout (ISO-8601,
 * e.g. {@code PT10M}) and the URL settings ({@code MODE=MySQL;LOCK_TIMEOUT=10000}, may be empty).
 */
public final class H2Server {

    /** How often the server looks whether it is still used, as a share of the idle timeout. */
    private static final int CHECKS_PER_IDLE_TIMEOUT = 20;
    private static final long SHORTEST_CHECK_MILLIS = 100;
    private static final String USER = "sa";
    /** The share of the server's heap given to H2's page cache (384 MB of -Xmx1g). */
    static final double CACHE_SHARE_OF_HEAP = 0.375;
    /** H2's own default, the least the cache gets however small the heap. */
    private static final long MINIMUM_CACHE_KB = 16 * 1024;

    private final H2ServerFiles files;
    private final Duration idleTimeout;
    private final String settings;
    private final long pid = ProcessHandle.current().pid();
    private volatile boolean stopped;

    private H2Server(H2ServerFiles files, Duration idleTimeout, String settings) {
        this.files = files;
        this.idleTimeout = idleTimeout;
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: H2Server DATABASE_PATH IDLE_TIMEOUT [URL_SETTINGS]");
            System.exit(2);
        }
        ignore("INT");
        ignore("HUP");
        new H2Server(new H2ServerFiles(Path.of(args[0])), Duration.parse(args[1]), args.length > 2 ? args[2] : "")
                .serve();
    }

    private void serve() throws Exception {
        // Never on another interface: only processes of this machine may reach the database.
        System.setProperty("h2.bindAddress", "127.0.0.1");
        try (Connection own = DriverManager.getConnection(fileUrl(), USER, "")) {
            Server tcp = Server.createTcpServer("-tcpPort", "0", "-baseDir", files.folder().toString()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(tcp, own), "h2-server-shutdown"));
            Instant started = Instant.now();
            files.write(new H2ServerFiles.Running(tcp.getPort(), pid), started);
            System.out.println(started + " H2 server of " + files.database() + " listening on 127.0.0.1:"
                    + tcp.getPort() + " (pid " + pid + ")");
            Instant lastUsed = started;
            long checkMillis = Math.max(SHORTEST_CHECK_MILLIS, idleTimeout.toMillis() / CHECKS_PER_IDLE_TIMEOUT);
            try {
                while (!stopped) {
                    Thread.sleep(checkMillis);
                    if (otherSessions(own) > 0) {
                        lastUsed = Instant.now();
                    }
                    else if (idleSince(lastUsed).plus(idleTimeout).isBefore(Instant.now())
                            && exitIfStillIdle(tcp, own)) {
                        System.out.println(Instant.now() + " no Jinpai process for " + idleTimeout + ": stopped");
                        return;
                    }
                }
            }
            finally {
                // Whatever ended the watch, the listener's threads must not keep this process alive.
                stop(tcp, own);
            }
        }
    }

    /** Unused since the later of the last session seen and the last client look-up. */
    private Instant idleSince(Instant lastUsed) {
        Instant touched = lastTouched();
        return touched.isAfter(lastUsed) ? touched : lastUsed;
    }

    /**
     * When a client last found this server; never again once the port file is gone or names another
     * server (data/ deleted, a new server started): the server then only waits for its sessions to end.
     */
    private Instant lastTouched() {
        try {
            H2ServerFiles.Running running = files.read();
            return running != null && running.pid() == pid ? files.lastTouched() : Instant.EPOCH;
        }
        catch (IOException ex) {
            return Instant.EPOCH;
        }
    }

    /**
     * Exits only while holding the lock clients take to find a server, so none can find this one
     * between the last check and the removal of the port file.
     */
    private boolean exitIfStillIdle(Server tcp, Connection own) throws IOException, SQLException {
        Files.createDirectories(files.folder());
        try (FileChannel channel = FileChannel.open(files.lockFile(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null || otherSessions(own) > 0 || lastTouched().plus(idleTimeout).isAfter(Instant.now())) {
                return false;
            }
            stop(tcp, own);
            return true;
        }
    }

    private synchronized void stop(Server tcp, Connection own) {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            files.removeIfOurs(pid);
        }
        catch (IOException ex) {
            System.err.println("cannot remove " + files.portFile() + ": " + ex.getMessage());
        }
        tcp.stop();
        try (Statement statement = own.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        catch (SQLException ex) {
            System.err.println("closing the database: " + ex.getMessage());
        }
    }

    private static int otherSessions(Connection own) throws SQLException {
        try (Statement statement = own.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rs.next();
            return rs.getInt(1) - 1;
        }
    }

    private String fileUrl() {
        String withCache = withCacheSize(settings, Runtime.getRuntime().maxMemory());
        return "jdbc:h2:file:" + files.database() + (withCache.isBlank() ? "" : ";" + withCache);
    }

    /**
     * The URL settings with the page cache sized to this process's heap ({@link #CACHE_SHARE_OF_HEAP}
     * of it) unless they set {@code CACHE_SIZE} themselves. H2's own default is 16 MB whatever the
     * heap: at 20,000 customers the month evaluation then re-reads and decodes the same
     * customer_month and bill_total pages from the file for every partition (the server spent about
     * 80 s of CPU on a cold month-close, 63 s with 384 MB; see bench/README.md).
     */
    static String withCacheSize(String settings, long maxHeapBytes) {
        for (String setting : settings.split(";")) {
            if (setting.strip().toUpperCase(java.util.Locale.ROOT).startsWith("CACHE_SIZE")) {
                return settings;
            }
        }
        long cacheKb = Math.max(MINIMUM_CACHE_KB, (long) (maxHeapBytes * CACHE_SHARE_OF_HEAP) / 1024);
        return (settings.isBlank() ? "" : settings + ";") + "CACHE_SIZE=" + cacheKb;
    }

    @SuppressWarnings("restriction")
    private static void ignore(String signal) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), sun.misc.SignalHandler.SIG_IGN);
        }
        catch (IllegalArgumentException ex) {
            // No such signal on this system (Windows has no SIGHUP).
        }
    }
}
