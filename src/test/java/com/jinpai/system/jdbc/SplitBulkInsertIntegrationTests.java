package com.jinpai.system.jdbc;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows written by several connections at once: on MariaDB each slice its own LOAD DATA stream, on
 * H2 its own JDBC batches; every row once, and a failed slice rolled back alone.
 */
abstract class SplitBulkInsertIntegrationTests {

    private static final List<String> COLUMNS = List.of("bill_month", "customer_id", "change_type", "rank_now",
            "rank_before");

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    private JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
    }

    @Test
    void threeWritersWriteEveryRowExactlyOnce() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        int written = new SplitBulkInsert(dataSource, transactionManager, 3, 0).insert("top_n_change", COLUMNS,
                10_001, (row, values) -> {
                    threads.add(Thread.currentThread().getName());
                    fill(row, values);
                });

        assertThat(written).isEqualTo(10_001);
        assertThat(threads).as("one thread per slice").hasSize(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM top_n_change", Integer.class)).isEqualTo(10_001);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT customer_id) FROM top_n_change", Integer.class))
                .isEqualTo(10_001);
        assertThat(jdbc.queryForObject("SELECT SUM(rank_now) FROM top_n_change", Long.class))
                .as("each row with its own values").isEqualTo(10_001L * 10_000 / 2);
    }

    @Test
    void aFailedSliceRollsBackAloneAndTheInsertFails() {
        // the second of three slices (rows 1000..1999) holds a key twice
        SplitBulkInsert writers = new SplitBulkInsert(dataSource, transactionManager, 3, 0);

        assertThatThrownBy(() -> writers.insert("top_n_change", COLUMNS, 3_000, (row, values) -> {
            fill(row == 1_500 ? 1_499 : row, values);
        })).isInstanceOf(RuntimeException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM top_n_change WHERE rank_now BETWEEN 1000 AND 1999",
                Integer.class)).as("the failed slice").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM top_n_change WHERE rank_now < 1000 OR rank_now > 1999",
                Integer.class)).as("the slices that committed").isEqualTo(2_000);
    }

    /** An upsert on split writers replaces the rows whose keys are there and inserts the others, leaving the rest. */
    @Test
    void threeWritersReplaceTheRowsOfTheirKeysAndLeaveTheOthers() {
        SplitBulkInsert writers = new SplitBulkInsert(dataSource, transactionManager, 3, 0);
        writers.insert("top_n_change", COLUMNS, 1_000, SplitBulkInsertIntegrationTests::fill);

        int written = writers.upsert("top_n_change", COLUMNS, List.of("bill_month", "customer_id"), 1_000,
                (row, values) -> {
                    fill(row + 500, values);
                    values[2] = "LEFT";
                    values[4] = row;
                });

        assertThat(written).isEqualTo(1_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM top_n_change", Integer.class)).isEqualTo(1_500);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM top_n_change WHERE change_type = 'ENTERED'"
                + " AND rank_before IS NULL AND rank_now < 500", Integer.class)).as("rows no key replaced")
                .isEqualTo(500);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM top_n_change WHERE change_type = 'LEFT'"
                + " AND rank_before = rank_now - 500", Integer.class)).as("rows replaced or new").isEqualTo(1_000);
    }

    private static void fill(int row, Object[] values) {
        values[0] = "2026-10";
        values[1] = String.format("C%07d", row);
        values[2] = "ENTERED";
        values[3] = row;
        values[4] = null;
    }

    @OnH2
    static class H2Tests extends SplitBulkInsertIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends SplitBulkInsertIntegrationTests {
    }
}
