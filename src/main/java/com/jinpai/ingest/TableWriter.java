package com.jinpai.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.jinpai.system.jdbc.BulkInsert;
import com.jinpai.value.CustomerBuckets;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a source's rows and rejects on the current transaction's connection: fact rows (payments,
 * complaints) through {@link BulkInsert#insertIgnore} (LOAD DATA ... IGNORE on MySQL, INSERT
 * IGNORE batches elsewhere), snapshot rows (customers, account managers) through {@link
 * BulkInsert#upsert} (LOAD DATA ... REPLACE, INSERT ... ON DUPLICATE KEY UPDATE batches
 * elsewhere), rejects in JDBC batches, which the URL's rewriteBatchedStatements=true turns into
 * multi-row INSERTs on MySQL. A row of a bucketed table
 * ({@link Layout#bucketed()}) also gets its customer's bucket.
 */
final class TableWriter {

    private static final String INSERT_REJECT = "INSERT INTO ingest_reject (file_id, line_no, field, reason, raw_text)"
            + " VALUES (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Layout layout;
    private final @Nullable PaymentIds paymentIds;
    /** The paid_at column of payments (the newest inserted is the file's newest payment), or -1. */
    private final int newestOf;
    private @Nullable LocalDateTime newest;
    private final List<String> columns;
    /** The position of customer_id in a row of a bucketed table, or -1. */
    private final int bucketOf;
    /** Payments: the position of payment_id in a row, or -1. */
    private final int keyOf;
    /** Fact rows the inserts put in so far (the server's count), or BulkInsert.UNKNOWN once a path could not tell. */
    private long inserted;

    /** A writer of rejects only. */
    TableWriter(JdbcTemplate jdbc, Layout layout) {
        this(jdbc, layout, null);
    }

    /** A writer of one file's rows (payments: checked for a reused payment_id, and kept with their line). */
    TableWriter(JdbcTemplate jdbc, Layout layout, @Nullable PaymentIds paymentIds) {
        this.jdbc = jdbc;
        this.layout = layout;
        this.paymentIds = paymentIds;
        List<String> names = new ArrayList<>(layout.fields().stream().map(Field::name).toList());
        names.add("file_id");
        if (paymentIds != null) {
            names.add("line_no");
        }
        this.bucketOf = layout.bucketed() ? layout.indexOf("customer_id") : -1;
        this.newestOf = paymentIds != null ? layout.indexOf("paid_at") : -1;
        this.keyOf = paymentIds != null ? layout.indexOf("payment_id") : -1;
        if (bucketOf >= 0) {
            names.add(Layout.BUCKET_COLUMN);
        }
        this.columns = List.copyOf(names);
    }

    /** Inserts the batch's rows; returns how many of them it rejected instead (a payment_id reused with another row). */
    int insert(Batch batch, long fileId) {
        List<Object[]> rows = batch.rows();
        long[] lines = batch.lines();
        int rejected = 0;
        if (paymentIds != null) {
            PaymentIds.Split split = paymentIds.split(batch);
            insertRejects(split.conflicts(), fileId);
            rows = split.rows();
            lines = split.lines();
            rejected = split.conflicts().size();
        }
        if (rows.isEmpty()) {
            return rejected;
        }
        if (newestOf >= 0) {
            // the rows that go in under this file (re-sends of stored rows and repeats were split off)
            for (Object[] row : rows) {
                LocalDateTime at = (LocalDateTime) row[newestOf];
                if (newest == null || at.isAfter(newest)) {
                    newest = at;
                }
            }
        }
        // facts: the first row with a key stays (a repeated key counts once); snapshots: the last
        // row with a key replaces what is stored. Both streamed in bulk.
        List<Object[]> tableRows = rows;
        long[] rowLines = lines;
        int width = layout.fields().size();
        BulkInsert.RowValues values = (row, target) -> {
            System.arraycopy(tableRows.get(row), 0, target, 0, width);
            target[width] = fileId;
            int next = width + 1;
            if (paymentIds != null) {
                target[next++] = rowLines[row];
            }
            if (bucketOf >= 0) {
                target[next] = CustomerBuckets.of((String) tableRows.get(row)[bucketOf]);
            }
        };
        Integer written = jdbc.execute((ConnectionCallback<Integer>) connection -> layout.snapshot()
                ? BulkInsert.upsert(connection, layout.table(), columns, layout.key(), tableRows.size(), values)
                : BulkInsert.insertIgnore(connection, layout.table(), columns, tableRows.size(), values));
        if (!layout.snapshot()) {
            inserted = written == null || written == BulkInsert.UNKNOWN || inserted == BulkInsert.UNKNOWN
                    ? BulkInsert.UNKNOWN : inserted + written;
        }
        return rejected;
    }

    /**
     * The rows this writer's file loaded: of a fact file, the rows the server inserted (a re-send of
     * a stored row or a repeated key skipped by INSERT IGNORE is not counted), counted by the table
     * only when a path could not tell; of a snapshot file, the rows that carry its id (the last row
     * of a key replaces the others). As {@link #countFile} for a fresh file id, without scanning
     * the table.
     */
    long loaded(long fileId) {
        return layout.snapshot() || inserted == BulkInsert.UNKNOWN ? countFile(fileId) : inserted;
    }

    /** Payments: the newest paid_at among the rows inserted so far; null for other sources or no rows. */
    @Nullable LocalDateTime newest() {
        return newest;
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

    /**
     * Payments: the range of the payment_ids inserted so far (a row the server skipped included,
     * which only widens it); null for other sources or no rows.
     */
    Ledger.@Nullable KeyRange keys() {
        return paymentIds == null ? null : paymentIds.keys();
    }

    /**
     * Removes what an earlier version of a file loaded. With the range of its payment_ids, through
     * the primary key: the rows of the range with the file's id, then, unless they are all the file
     * loaded (a collation that orders the ids otherwise than Java, such as one ignoring case, can
     * leave some outside), the rest by a scan of the table, which has no index on file_id.
     */
    void deleteFile(long fileId, Ledger.Loaded earlier) {
        if (earlier.keys() != null && keyOf >= 0) {
            int deleted = jdbc.update("DELETE FROM " + layout.table() + " WHERE " + layout.fields().get(keyOf).name()
                    + " BETWEEN ? AND ? AND file_id = ?", earlier.keys().first(), earlier.keys().last(), fileId);
            if (deleted == earlier.rows()) {
                return;
            }
        }
        jdbc.update("DELETE FROM " + layout.table() + " WHERE file_id = ?", fileId);
    }

    /** The rows that carry this file's id: for a fresh file id, the rows it loaded. */
    private long countFile(long fileId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + layout.table() + " WHERE file_id = ?", Long.class,
                fileId);
        return count == null ? 0 : count;
    }

    /** Every row of the table: for a snapshot, the keys known. */
    long countAll() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + layout.table(), Long.class);
        return count == null ? 0 : count;
    }
}
