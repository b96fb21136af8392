package com.jinpai.system.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which of the two databases a connection talks to, for the statements whose SQL differs between
 * them (H2's {@code MERGE} and index use against MySQL's {@code FORCE INDEX} and multi-table forms).
 */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** Whether {@code connection} is to H2 (the embedded default); otherwise MySQL / MariaDB. */
    public static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2");
    }

    /** Whether {@code jdbc}'s connections are to H2. */
    public static boolean isH2(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) DatabaseProduct::isH2));
    }
}
