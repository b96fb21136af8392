package com.jinpai.value;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.value.tier.Tier;
import com.jinpai.value.tier.TierHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partition rewrites its own buckets' tier history while another transaction holds locks on the
 * rows of a customer of the other half of the buckets, the way a concurrent partition holds the
 * rows it has just written: it must not wait for them (the lock wait timeout is 1 s, so waiting
 * fails the test), and it leaves them as they were.
 */
@OnMariaDb
class PartitionLocksIntegrationTests {

    private static final YearMonth MONTH = YearMonth.of(2026, 9);
    private static final CustomerBuckets.Range OWN = new CustomerBuckets.Range(0, CustomerBuckets.COUNT / 2);

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ValueTables tables;

    private JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
    }

    @Test
    void aPartitionReopensAndDeletesItsOwnTierRowsWithoutWaitingForAnotherPartitionsLocks() throws Exception {
        String mine = customer(true);
        String theirs = customer(false);
        for (String id : List.of(mine, theirs)) {
            // closed by the month after (reopened when September is evaluated again), and written by it
            jdbc.update("INSERT INTO tier_history (customer_id, tier, effective_from, effective_to, evaluated_month,"
                    + " value_bucket) VALUES (?, 'GOLD', ?, ?, '2026-08', ?)", id, LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 10, 31), CustomerBuckets.of(id));
            jdbc.update("INSERT INTO tier_history (customer_id, tier, effective_from, effective_to, evaluated_month,"
                    + " value_bucket) VALUES (?, 'SILVER', ?, NULL, '2026-10', ?)", id, LocalDate.of(2026, 11, 1),
                    CustomerBuckets.of(id));
        }
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "SELECT tier FROM tier_history WHERE customer_id = ? FOR UPDATE")) {
                lock.setString(1, theirs);
                lock.executeQuery().close();
            }
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                jdbc.execute("SET SESSION innodb_lock_wait_timeout = 1");
                try {
                    tables.replaceTierHistory(new MonthFrame(MONTH, LocalDate.of(2026, 10, 5), 0, OWN),
                            new TierHistory(MONTH, new int[0], new int[0], new Tier[0]));
                }
                finally {
                    jdbc.execute("SET SESSION innodb_lock_wait_timeout = DEFAULT");
                }
            });
            other.rollback();
        }

        assertThat(rows(mine)).containsExactly(Map.of("tier", "GOLD", "effective_to", "-"));
        assertThat(rows(theirs)).containsExactly(Map.of("tier", "GOLD", "effective_to", "2026-10-31"),
                Map.of("tier", "SILVER", "effective_to", "-"));
    }

    private List<Map<String, String>> rows(String id) {
        return jdbc.query("SELECT tier, effective_to FROM tier_history WHERE customer_id = ? ORDER BY effective_from",
                (rs, n) -> Map.of("tier", rs.getString(1),
                        "effective_to", rs.getString(2) == null ? "-" : rs.getString(2)), id);
    }

    private static String customer(boolean own) {
        return IntStream.range(0, 1000).mapToObj(n -> "C" + n)
                .filter(id -> (CustomerBuckets.of(id) < OWN.to()) == own).findFirst().orElseThrow();
    }
}
