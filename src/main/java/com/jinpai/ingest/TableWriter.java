package com.jinpai.ingest;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a source's rows and rejects in JDBC batches on the current transaction's connection.
 * On MySQL the URL's rewriteBatchedStatements=true turns each batch into multi-row INSERTs.
 */
final class TableWriter {

    private static final String INSERT_REJECT = "INSERT INTO ingest_reject (file_id, line_no, field, reason, raw_text)"
            + " VALUES (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Layout layout;
    private final String insert;
    private final int[] sqlTypes;

    TableWriter(JdbcTemplate jdbc, Layout layout) {
        this.jdbc = jdbc;
        this.layout = layout;
        this.insert = layout.insertSql();
        this.sqlTypes = layout.fields().stream().mapToInt(field -> sqlType(field.kind())).toArray();
    }

    void insert(List<Object[]> rows, long fileId) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(insert, rows, rows.size(), (statement, row) -> bind(statement, row, fileId));
    }

    void insertRejects(List<Reject> rejects, long fileId) {
        if (rejects.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT_REJECT, rejects, rejects.size(), (statement, reject) -> {
            statement.setLong(1, fileId);
            statement.setLong(2, reject.line());
            statement.setString(3, reject.field());
            statement.setString(4, reject.reason());
            statement.setString(5, reject.rawText());
        });
    }

    /** Removes what an earlier version of a file loaded. */
    void deleteFile(long fileId) {
        jdbc.update("DELETE FROM " + layout.table() + " WHERE file_id = ?", fileId);
    }

    /** The rows that carry this file's id: for a fresh file id, the rows it loaded. */
    long countFile(long fileId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + layout.table() + " WHERE file_id = ?", Long.class,
                fileId);
        return count == null ? 0 : count;
    }

    /** Every row of the table: for a snapshot, the keys known. */
    long countAll() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + layout.table(), Long.class);
        return count == null ? 0 : count;
    }

    private void bind(PreparedStatement statement, Object[] row, long fileId) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            int parameter = i + 1;
            if (value == null) {
                statement.setNull(parameter, sqlTypes[i]);
            }
            else if (value instanceof String text) {
                statement.setString(parameter, text);
            }
            else if (value instanceof BigDecimal number) {
                statement.setBigDecimal(parameter, number);
            }
            else if (value instanceof Integer count) {
                statement.setInt(parameter, count);
            }
            else {
                statement.setObject(parameter, value, sqlTypes[i]);
            }
        }
        statement.setLong(row.length + 1, fileId);
    }

    private static int sqlType(Field.Kind kind) {
        return switch (kind) {
            case TEXT, CUSTOMER_ID, CODE, MONTH -> Types.VARCHAR;
            case DATE -> Types.DATE;
            case DATE_TIME -> Types.TIMESTAMP;
            case MONEY, DECIMAL -> Types.DECIMAL;
            case COUNT -> Types.INTEGER;
        };
    }
}
