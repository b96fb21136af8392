package com.jinpai.action.flow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jinpai.action.ActionStatus;
import com.jinpai.system.jdbc.BulkInsert;
import com.jinpai.system.jdbc.DatabaseProduct;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How both issuers ({@link ActionIssuer}, {@link StarActionIssuer}) write {@code vip_action}: a
 * finding whose situation has an OPEN action refreshes it, one already issued in the period is left
 * alone, anything else is inserted; keys are read once up front, inserts go in bulk, refreshes
 * are staged in bulk and set by one joined statement at the end.
 */
final class ActionWrites {

    /**
     * The columns of a new action, the order of an insert row (its status, OPEN, is added when written). A plain
     * insert: the keys already there are skipped before, and should a second run of the same month slip in
     * meanwhile, the primary key fails this one loudly instead of issuing twice ({@link BulkInsert#insert} fails
     * when the server skipped a row).
     */
    static final List<String> INSERT_COLUMNS = List.of("customer_id", "rule_code", "situation", "period",
            "customer_name", "masked_phone", "region", "tier", "spend", "avg_spend", "priority", "reason", "issued_on",
            "due_date", "manager_id", "refreshed_period");

    private static final List<String> INSERTED_COLUMNS = java.util.stream.Stream.concat(INSERT_COLUMNS.stream(),
            java.util.stream.Stream.of("status")).toList();

    /** Where the refreshes of open actions wait until one statement sets them ({@link #applyRefreshes}). */
    static final String REFRESH_STAGING = "vip_action_refresh";

    /**
     * The columns of a staged refresh, the order of a refresh row: the action's key, then what follows
     * the latest data (reason and numbers); its issue and due dates stay.
     */
    static final List<String> REFRESH_COLUMNS = List.of("customer_id", "rule_code", "situation", "customer_name",
            "masked_phone", "region", "tier", "spend", "avg_spend", "reason", "refreshed_period");

    private static final int KEY_COLUMNS = 3;

    static final int BATCH_ROWS = 1_000;

    private ActionWrites() {
    }

    /**
     * Inserts the new actions (rows in {@link #INSERT_COLUMNS} order) once the batch holds {@code atLeast} rows
     * (1: whatever is left), in bulk: {@code LOAD DATA} on MySQL, where the batched {@code INSERT}s took about
     * 36 microseconds a row (3.3 s for a city's 90,000 new actions); JDBC batches elsewhere.
     *
     * @return the nanoseconds the write took, 0 when nothing was written (the step log's write time)
     */
    static long insert(JdbcTemplate jdbc, List<Object[]> batch, int atLeast) {
        if (batch.size() < atLeast || batch.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        String open = ActionStatus.OPEN.name();
        jdbc.execute((ConnectionCallback<Integer>) connection -> BulkInsert.insert(connection, "vip_action",
                INSERTED_COLUMNS, batch.size(), (i, values) -> {
                    Object[] row = batch.get(i);
                    System.arraycopy(row, 0, values, 0, row.length);
                    values[row.length] = open;
                }));
        batch.clear();
        return System.nanoTime() - started;
    }

    /** Empties the staging table: what a failed earlier attempt may have left. */
    static void clearRefreshes(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM " + REFRESH_STAGING);
    }

    /**
     * Stages the refresh rows (in {@link #REFRESH_COLUMNS} order) in bulk once the batch holds
     * {@code atLeast} rows (1: whatever is left).
     *
     * @return the nanoseconds the write took, 0 when nothing was written
     */
    static long stageRefreshes(JdbcTemplate jdbc, List<Object[]> batch, int atLeast) {
        if (batch.size() < atLeast || batch.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        jdbc.execute((ConnectionCallback<Integer>) connection -> BulkInsert.insert(connection, REFRESH_STAGING,
                REFRESH_COLUMNS, batch.size(), (i, values) -> System.arraycopy(batch.get(i), 0, values, 0,
                        values.length)));
        batch.clear();
        return System.nanoTime() - started;
    }

    /**
     * Sets the staged reasons and numbers on the OPEN actions of their keys in one statement (UPDATE
     * ... JOIN on MySQL, MERGE on H2), then empties the staging table.
     */
    static void applyRefreshes(JdbcTemplate jdbc) {
        List<String> values = REFRESH_COLUMNS.subList(KEY_COLUMNS, REFRESH_COLUMNS.size());
        String on = String.join(" AND ", REFRESH_COLUMNS.subList(0, KEY_COLUMNS).stream()
                .map(column -> "a." + column + " = r." + column).toList());
        if (DatabaseProduct.isH2(jdbc)) {
            jdbc.update("MERGE INTO vip_action a USING " + REFRESH_STAGING + " r ON (" + on + " AND a.status = 'OPEN')"
                    + " WHEN MATCHED THEN UPDATE SET " + String.join(", ", values.stream()
                            .map(column -> column + " = r." + column).toList()));
        }
        else {
            jdbc.update("UPDATE vip_action a JOIN " + REFRESH_STAGING + " r ON " + on + " SET "
                    + String.join(", ", values.stream().map(column -> "a." + column + " = r." + column).toList())
                    + " WHERE a.status = 'OPEN'");
        }
        clearRefreshes(jdbc);
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
