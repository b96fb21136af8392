package com.jinpai.system.jdbc;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Prepares the statements of large batch inserts. MySQL Connector/J switches to server-side
 * prepared statements whenever {@code useCursorFetch=true} (which streaming reads need); its
 * rewritten batch inserts then re-prepare a many-row statement on the server for every batch,
 * about ten times slower than the client-side rewrite {@code rewriteBatchedStatements=true} is
 * meant for. On Connector/J this asks for a client-side statement (through its own
 * {@code clientPrepareStatement}, found reflectively so the driver stays a runtime dependency);
 * on any other driver it is a plain {@link Connection#prepareStatement}.
 */
public final class BatchStatements {

    private static final Class<?> MYSQL_CONNECTION = mysqlConnection();
    private static final Method CLIENT_PREPARE = clientPrepare();

    private BatchStatements() {
    }

    public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        if (CLIENT_PREPARE != null && connection.isWrapperFor(MYSQL_CONNECTION)) {
            try {
                return (PreparedStatement) CLIENT_PREPARE.invoke(connection.unwrap(MYSQL_CONNECTION), sql);
            }
            catch (ReflectiveOperationException ex) {
                return connection.prepareStatement(sql);
            }
        }
        return connection.prepareStatement(sql);
    }

    private static Class<?> mysqlConnection() {
        try {
            return Class.forName("com.mysql.cj.jdbc.JdbcConnection");
        }
        catch (ClassNotFoundException ex) {
            return null;
        }
    }

    private static Method clientPrepare() {
        try {
            return MYSQL_CONNECTION == null ? null : MYSQL_CONNECTION.getMethod("clientPrepareStatement", String.class);
        }
        catch (NoSuchMethodException ex) {
            return null;
        }
    }
}
