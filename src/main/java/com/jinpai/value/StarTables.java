package com.jinpai.value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import com.jinpai.system.jdbc.BulkInsert;
import com.jinpai.value.spend.Fen;
import com.jinpai.value.star.StarHistory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rewrites a closed month's star rows, inside the month's transaction like {@link ValueTables}:
 * {@code star_history} (dated by {@link StarHistory}) and the month's loyalty points
 * ({@code star_points}).
 */
@Component
class StarTables {

    private final JdbcTemplate jdbc;

    StarTables(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    void replace(MonthFrame frame, StarMonth stars) {
        replaceHistory(frame, stars);
        replacePoints(frame, stars);
    }

    /** Re-evaluating a month first removes what it and later months wrote and reopens what they closed. */
    private void replaceHistory(MonthFrame frame, StarMonth stars) {
        StarHistory changes = stars.history;
        String month = frame.month.toString();
        LocalDate closedOn = changes.closedOn();
        CustomerBuckets.Range range = frame.range;
        if (range.all()) {
            jdbc.update("DELETE FROM star_history WHERE evaluated_month >= ?", month);
            jdbc.update("UPDATE star_history SET effective_to = NULL WHERE effective_to >= ?", closedOn);
        }
        else {
            // a partition rewrites its own buckets' history only, as for tier_history, by customer (see OwnRows)
            OwnRows.deleteByCustomer(jdbc, "SELECT customer_id FROM star_history WHERE evaluated_month >= ?"
                    + BucketSql.and(range, ""), BucketSql.parameters(range, month),
                    "star_history", "evaluated_month >= ?", month);
            OwnRows.updateByCustomer(jdbc, "SELECT customer_id FROM star_history WHERE effective_to >= ?"
                    + BucketSql.and(range, ""), BucketSql.parameters(range, closedOn),
                    "star_history", "effective_to = NULL", "effective_to >= ?", closedOn);
        }
        int[] closes = changes.closed();
        int[] opened = changes.opened();
        List<String> closing = new ArrayList<>(closes.length);
        for (int i : closes) {
            closing.add(frame.ids[i]);
        }
        OwnRows.updateCustomers(jdbc, closing, "star_history", "effective_to = ?", "effective_to IS NULL", closedOn);
        LocalDate effectiveFrom = changes.effectiveFrom();
        bulk("star_history", List.of("customer_id", "star_level", "star_score", "effective_from", "evaluated_month",
                "value_bucket"),
                opened.length, (k, row) -> {
                    int i = opened[k];
                    row[0] = frame.ids[i];
                    row[1] = stars.ladder.name(stars.level[i]);
                    row[2] = stars.score[i];
                    row[3] = effectiveFrom;
                    row[4] = month;
                    row[5] = CustomerBuckets.of(frame.ids[i]);
                });
    }

    private void replacePoints(MonthFrame frame, StarMonth stars) {
        String month = frame.month.toString();
        CustomerBuckets.Range range = frame.range;
        if (range.all()) {
            jdbc.update("DELETE FROM star_points WHERE bill_month = ?", month);
        }
        else {
            OwnRows.deleteByCustomer(jdbc, "SELECT customer_id FROM star_points WHERE bill_month = ?"
                    + BucketSql.and(range, ""), BucketSql.parameters(range, month),
                    "star_points", "bill_month = ?", month);
        }
        List<Integer> earning = new ArrayList<>();
        for (int i = 0; i < frame.size; i++) {
            if (stars.points[i] >= 0) {
                earning.add(i);
            }
        }
        bulk("star_points", List.of("bill_month", "customer_id", "star_level", "spend", "points_multiplier", "points",
                "value_bucket"),
                earning.size(), (k, row) -> {
                    int i = earning.get(k);
                    row[0] = month;
                    row[1] = frame.ids[i];
                    row[2] = stars.ladder.name(stars.previousLevel[i]);
                    row[3] = Fen.yuan(stars.spend[i]);
                    row[4] = stars.multiplier(stars.previousLevel[i]);
                    row[5] = stars.points[i];
                    row[6] = CustomerBuckets.of(frame.ids[i]);
                });
    }

    private int bulk(String table, List<String> columns, int rows, BulkInsert.RowValues source) {
        Integer written = jdbc.execute((ConnectionCallback<Integer>) connection ->
                BulkInsert.insert(connection, table, columns, rows, source));
        return written == null ? 0 : written;
    }
}
