package com.jinpai.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties every table except Flyway's history and Quartz's locks, so that tests sharing one
 * context (and database) start from nothing. Works on H2 and MySQL/MariaDB.
 */
public final class TestDatabase {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public TestDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public boolean isH2() {
        return product().contains("h2");
    }

    public void reset() {
        List<String> tables = tables();
        boolean h2 = isH2();
        jdbc.execute(h2 ? "SET REFERENTIAL_INTEGRITY FALSE" : "SET FOREIGN_KEY_CHECKS = 0");
        try {
            for (String table : tables) {
                jdbc.execute("DELETE FROM " + table);
            }
        }
        finally {
            jdbc.execute(h2 ? "SET REFERENTIAL_INTEGRITY TRUE" : "SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    private List<String> tables() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (!lower.equals("flyway_schema_history") && !lower.equals("qrtz_locks")
                            && !lower.endsWith("_seq")) {
                        names.add(name);
                    }
                }
            }
            return names;
        }
        catch (SQLException ex) {
            throw new IllegalStateException("cannot list tables", ex);
        }
    }

    private String product() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
