package com.jinpai.cli;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * The database the application tried to open, as a person names it (MySQL at db:3306 as jinpai),
 * and why a connection failed in words, with the setting to check.
 *
 * @param mysql a MySQL or MariaDB server (false: the embedded H2 file)
 * @param where host:port of a server, or the H2 file
 * @param schema the database named in the URL, or null
 * @param user the user name, or null
 * @param fromEnvironment whether the mysql profile takes URL and credentials from JINPAI_DB_*
 */
record Database(boolean mysql, String where, @Nullable String schema, @Nullable String user,
        boolean fromEnvironment) {

    private static final Pattern SERVER = Pattern.compile("jdbc:(?:mysql|mariadb)://([^/?]+)(?:/([^?]*))?.*");
    private static final int ACCESS_DENIED = 1045;
    private static final int UNKNOWN_DATABASE = 1049;

    static Database of(@Nullable Environment environment) {
        String url = environment == null ? null : environment.getProperty("spring.datasource.url");
        String user = environment == null ? null : environment.getProperty("spring.datasource.username");
        boolean fromEnvironment = environment != null
                && Arrays.asList(environment.getActiveProfiles()).contains("mysql");
        if (url == null) {
            return new Database(false, "the configured database", null, user, fromEnvironment);
        }
        Matcher server = SERVER.matcher(url);
        if (server.matches()) {
            String hostPort = server.group(1).contains(":") ? server.group(1) : server.group(1) + ":3306";
            return new Database(true, hostPort, server.group(2), user, fromEnvironment);
        }
        String h2 = url.startsWith("jdbc:h2:") ? url.substring("jdbc:h2:".length()).split(";", 2)[0] : url;
        return new Database(false, h2.startsWith("file:") ? h2.substring("file:".length()) : h2, null, user,
                fromEnvironment);
    }

    /** One line: which server and user, what went wrong, what to check. */
    String cannotConnect(SQLException failure) {
        SQLException cause = innermost(failure);
        if (!mysql) {
            return "cannot open the embedded database " + where + ": " + firstLine(cause.getMessage())
                    + (cause.getMessage() != null && cause.getMessage().contains("locked")
                            ? " — another process holds it; stop it or wait" : "");
        }
        String whom = "cannot connect to MySQL at " + where + (user == null ? "" : " as " + user) + ": ";
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        if (cause.getErrorCode() == ACCESS_DENIED || state.equals("28000")) {
            return whom + "access denied — check " + (fromEnvironment ? "JINPAI_DB_USER / JINPAI_DB_PASSWORD"
                    : "spring.datasource.username / spring.datasource.password");
        }
        if (cause.getErrorCode() == UNKNOWN_DATABASE) {
            return whom + "database '" + schema + "' does not exist — create it, or name another in "
                    + (fromEnvironment ? "JINPAI_DB_URL" : "spring.datasource.url");
        }
        if (state.startsWith("08")) {
            return whom + "no server answers — start MySQL, or fix the host and port in "
                    + (fromEnvironment ? "JINPAI_DB_URL" : "spring.datasource.url");
        }
        return whom + firstLine(cause.getMessage());
    }

    /** The driver's own exception: the deepest SQLException of the chain. */
    private static SQLException innermost(SQLException failure) {
        SQLException deepest = failure;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                deepest = sql;
            }
        }
        return deepest;
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("").trim();
    }
}
