package com.jinpai.action.flow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How both issuers ({@link ActionIssuer}, {@link StarActionIssuer}) write {@code vip_action}: a
 * finding whose situation has an OPEN action refreshes it, one already issued in the period is left
 * alone, anything else is inserted; keys are read once up front and writes go in batches.
 */
final class ActionWrites {

    // a plain insert: the keys already there are skipped before, and should a second run of the same
    // month slip in meanwhile, the primary key fails this one loudly instead of issuing twice
    static final String INSERT = """
            INSERT INTO vip_action (customer_id, rule_code, situation, period, customer_name, masked_phone, region,
                tier, spend, avg_spend, priority, reason, issued_on, due_date, status, manager_id, refreshed_period)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""";

    /** The open action's reason and numbers follow the latest data; its issue and due dates stay. */
    static final String REFRESH = """
            UPDATE vip_action SET customer_name = ?, masked_phone = ?, region = ?, tier = ?, spend = ?, avg_spend = ?,
                reason = ?, refreshed_period = ?
            WHERE customer_id = ? AND rule_code = ? AND situation = ? AND status = 'OPEN'""";

    static final int BATCH_ROWS = 1_000;

    private ActionWrites() {
    }

    /**
     * Writes the batch once it holds {@code atLeast} rows (1: whatever is left).
     *
     * @return the nanoseconds the write took, 0 when nothing was written (the step log's write time)
     */
    static long flush(JdbcTemplate jdbc, String sql, List<Object[]> batch, int atLeast) {
        if (batch.size() >= atLeast && !batch.isEmpty()) {
            long started = System.nanoTime();
            jdbc.batchUpdate(sql, batch);
            batch.clear();
            return System.nanoTime() - started;
        }
        return 0;
    }

    /**
     * Action keys (customer, rule, situation) of one read, instead of asking the database row by row
     * (H2 answers an upsert that hits an existing key only after a failed insert, milliseconds each).
     */
    static Set<String> keys(JdbcTemplate jdbc, String sql, Object... args) {
        Set<String> keys = new HashSet<>();
        jdbc.query(sql, rs -> {
            keys.add(key(rs.getString(1), rs.getString(2), rs.getString(3)));
        }, args);
        return keys;
    }

    static String key(String customerId, String rule, String situation) {
        return customerId + '\u0000' + rule + '\u0000' + situation;
    }
}
