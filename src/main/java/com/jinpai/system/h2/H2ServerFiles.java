package com.jinpai.system.h2;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * The files beside an H2 database ({@code data/jinpai.mv.db}) that let processes share one server:
 * {@code jinpai.server.properties} (port and pid of the running server; its modification time is
 * when a client last found it), {@code jinpai.server.lock} (held while a server is being found or
 * started, and by a server deciding to exit idle) and {@code jinpai.server.log} (the server's output).
 *
 * @param database the database file path without the {@code .mv.db} suffix, absolute
 */
public record H2ServerFiles(Path database) {

    public H2ServerFiles {
        database = database.toAbsolutePath().normalize();
    }

    /** Where a running server says how to reach it. */
    public Path portFile() {
        return sibling(".server.properties");
    }

    public Path lockFile() {
        return sibling(".server.lock");
    }

    public Path logFile() {
        return sibling(".server.log");
    }

    /** The folder the server may open databases in (its H2 base directory). */
    public Path folder() {
        return database.getParent();
    }

    /** The database name relative to {@link #folder()}, as a TCP URL names it. */
    public String name() {
        return database.getFileName().toString();
    }

    private Path sibling(String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    /** What a running server wrote about itself. */
    public record Running(int port, long pid) {
    }

    public @Nullable Running read() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(portFile(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        catch (NoSuchFileException ex) {
            return null;
        }
        try {
            return new Running(Integer.parseInt(properties.getProperty("port", "").strip()),
                    Long.parseLong(properties.getProperty("pid", "").strip()));
        }
        catch (NumberFormatException ex) {
            return null;  // half-written or edited by hand: treated as no server
        }
    }

    /** Written to a temporary file and moved in place, so a reader never sees half of it. */
    void write(Running running, Instant started) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("port", Integer.toString(running.port()));
        properties.setProperty("pid", Long.toString(running.pid()));
        properties.setProperty("database", database.toString());
        properties.setProperty("started", started.toString());
        Path temporary = portFile().resolveSibling(portFile().getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, " The H2 server of " + database + ".mv.db, started by the first Jinpai process"
                    + " that needed it.\n It exits by itself when no Jinpai process has used it for jinpai.h2-server."
                    + "idle-timeout;\n stop it sooner with: kill " + running.pid());
        }
        Files.move(temporary, portFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A client found the server: the server counts this as use. */
    void touch() throws IOException {
        Files.setLastModifiedTime(portFile(), FileTime.from(Instant.now()));
    }

    Instant lastTouched() throws IOException {
        return Files.getLastModifiedTime(portFile()).toInstant();
    }

    /** Removes the port file if it still names this server (a newer server may have replaced it). */
    void removeIfOurs(long pid) throws IOException {
        Running running = read();
        if (running != null && running.pid() == pid) {
            Files.deleteIfExists(portFile());
        }
    }
}
