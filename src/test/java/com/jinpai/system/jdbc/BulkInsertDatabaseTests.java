package com.jinpai.system.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.jinpai.support.MariaDbAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each bulk mode leaves in a table when a key is already stored or repeats among the rows,
 * on every path: LOAD DATA on MariaDB, the batched INSERTs it falls back to when the client does
 * not allow local infile, and the batches on H2.
 */
final class BulkInsertDatabaseTests {

    private BulkInsertDatabaseTests() {
    }

    private static final List<String> COLUMNS = List.of("k", "v", "n");

    abstract static class Paths {

        abstract Connection connect() throws SQLException;

        /** Whether insertIgnore can say how many rows went in (not through a rewritten batch). */
        boolean countsInserts() {
            return true;
        }

        /** A table of the test class's own: the classes may run at once on one database. */
        private String table() {
            return "bulk_probe_" + getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        }

        @Test
        void upsertLeavesTheLastRowOfEachKeyAndInsertIgnoreTheFirst() throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + table());
                statement.execute("CREATE TABLE " + table() + " (k VARCHAR(8) NOT NULL PRIMARY KEY,"
                        + " v VARCHAR(8), n INT NOT NULL)");
                BulkInsert.insert(connection, table(), COLUMNS, 2, rows("a", "old", 1, "b", "old", 2));

                int upserted = BulkInsert.upsert(connection, table(), COLUMNS, List.of("k"), 3,
                        rows("a", "new", 10, "c", "first", 30, "c", null, 31));
                assertThat(upserted).isEqualTo(3);
                assertThat(rows(statement)).containsExactly("a new 10", "b old 2", "c null 31");

                int inserted = BulkInsert.insertIgnore(connection, table(), COLUMNS, 3,
                        rows("b", "ignored", 20, "d", "first", 40, "d", "second", 41));
                // the ingest's loaded count: the stored key and the repeat are not counted
                assertThat(inserted).isEqualTo(countsInserts() ? 1 : BulkInsert.UNKNOWN);
                assertThat(rows(statement)).containsExactly("a new 10", "b old 2", "c null 31", "d first 40");
                statement.execute("DROP TABLE " + table());
            }
        }

        private static BulkInsert.RowValues rows(Object... cells) {
            return (row, values) -> System.arraycopy(cells, row * COLUMNS.size(), values, 0, COLUMNS.size());
        }

        private List<String> rows(Statement statement) throws SQLException {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT k, v, n FROM " + table() + " ORDER BY k")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3));
                }
            }
            return rows;
        }
    }

    static class H2Tests extends Paths {

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:h2:mem:bulk_insert;MODE=MySQL;DB_CLOSE_DELAY=-1");
        }
    }

    @ExtendWith(MariaDbAvailable.class)
    static class MariaDbLoadDataTests extends Paths {

        @Override
        Connection connect() throws SQLException {
            return mariaDb(true);
        }
    }

    @ExtendWith(MariaDbAvailable.class)
    static class MariaDbBatchesTests extends Paths {

        @Override
        Connection connect() throws SQLException {
            return mariaDb(false);
        }

        @Override
        boolean countsInserts() {
            return false;
        }
    }

    private static Connection mariaDb(boolean localInfile) throws SQLException {
        String url = "jdbc:mysql://" + env("JINPAI_TEST_DB_HOST", "127.0.0.1") + ":" + env("JINPAI_TEST_DB_PORT", "3306")
                + "/" + env("JINPAI_TEST_DB", "jinpai_test") + "?createDatabaseIfNotExist=true"
                + "&rewriteBatchedStatements=true&allowLoadLocalInfile=" + localInfile + "&characterEncoding=UTF-8";
        return DriverManager.getConnection(url, env("JINPAI_TEST_DB_USER", "root"), env("JINPAI_TEST_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
