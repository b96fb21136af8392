package com.jinpai.system.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads through {@link StreamingReads} give every row in order; on MySQL Connector/J (the test URL
 * has {@code useCursorFetch=true}) they stream instead of fetching from a server cursor, which a
 * template with the same fetch size does.
 */
abstract class StreamingReadsIntegrationTests {

    private static final int ROWS = 2_500;
    private static final int FETCH_SIZE = 100;

    @Autowired
    DataSource dataSource;

    private JdbcTemplate jdbc;

    @BeforeEach
    void rows() {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[] {"2024-10", String.format("C%05d", i), "ENTERED", i, null});
        }
        jdbc.batchUpdate("INSERT INTO top_n_change (bill_month, customer_id, change_type, rank_now, rank_before)"
                + " VALUES (?, ?, ?, ?, ?)", rows);
    }

    @Test
    void everyRowComesInOrder() {
        List<String> ids = new ArrayList<>();
        new StreamingReads(dataSource, FETCH_SIZE).query("SELECT customer_id FROM top_n_change WHERE bill_month = ?"
                + " ORDER BY customer_id", (RowCallbackHandler) rs -> ids.add(rs.getString(1)), "2024-10");

        assertThat(ids).hasSize(ROWS).isSorted().startsWith("C00000").endsWith(String.format("C%05d", ROWS - 1));
    }

    /** Server cursor fetches on one connection while {@code template} reads the table. */
    static long cursorFetches(Connection connection, Function<DataSource, JdbcTemplate> template)
            throws SQLException {
        SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
        JdbcTemplate status = new JdbcTemplate(single);
        long before = fetches(status);
        int[] rows = new int[1];
        template.apply(single).query("SELECT customer_id, rank_now FROM top_n_change WHERE bill_month = ?",
                (RowCallbackHandler) rs -> rows[0]++, "2024-10");
        assertThat(rows[0]).isEqualTo(ROWS);
        return fetches(status) - before;
    }

    private static long fetches(JdbcTemplate status) {
        return status.query("SHOW SESSION STATUS LIKE 'Com_stmt_fetch'", rs -> rs.next() ? rs.getLong(2) : 0L);
    }

    @OnH2
    static class H2Tests extends StreamingReadsIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends StreamingReadsIntegrationTests {

        @Test
        void theRowsStreamWhereATemplateWithTheSameFetchSizeOpensACursor() throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                long cursor = cursorFetches(connection, source -> {
                    JdbcTemplate plain = new JdbcTemplate(source);
                    plain.setFetchSize(FETCH_SIZE);
                    return plain;
                });
                long streamed = cursorFetches(connection, source -> new StreamingReads(source, FETCH_SIZE));

                assertThat(cursor).as("fetches of the plain template's cursor").isGreaterThanOrEqualTo(ROWS / FETCH_SIZE);
                assertThat(streamed).as("fetches of the streamed read").isZero();
            }
        }
    }
}
