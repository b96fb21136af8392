package com.jinpai.value;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

import com.jinpai.value.spend.Months;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Closed months (a bill month with a bill-lines file of status LOADED) and the fingerprints of
 * their inputs, now and as last evaluated ({@code value_month_state}).
 */
@Component
public class ClosedMonths {

    private final JdbcTemplate jdbc;

    ClosedMonths(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Every closed month with the files that close it ({@code id:checksum}), ascending. */
    TreeMap<YearMonth, List<String>> files() {
        TreeMap<YearMonth, List<String>> files = new TreeMap<>();
        jdbc.query("SELECT bill_month, id, checksum FROM ingest_file WHERE source = 'bill-lines'"
                + " AND status = 'LOADED' AND bill_month IS NOT NULL ORDER BY bill_month, id",
                rs -> {
                    files.computeIfAbsent(YearMonth.parse(rs.getString(1)), m -> new ArrayList<>())
                            .add(rs.getLong(2) + ":" + rs.getString(3));
                });
        return files;
    }

    /** Every closed month, ascending: the one query of which months are closed. */
    public List<YearMonth> all() {
        return new ArrayList<>(files().keySet());
    }

    /** The fingerprint each closed month has now, in month order, chained month to month. */
    LinkedHashMap<YearMonth, String> expectedFingerprints(String settings) {
        TreeMap<YearMonth, List<String>> files = files();
        Map<Integer, Long> joinedPerMonth = new HashMap<>();
        jdbc.query("SELECT EXTRACT(YEAR FROM join_date) AS join_year, EXTRACT(MONTH FROM join_date) AS join_month,"
                + " COUNT(*) AS customers FROM customer"
                + " GROUP BY EXTRACT(YEAR FROM join_date), EXTRACT(MONTH FROM join_date)",
                rs -> {
                    joinedPerMonth.put(Months.index(YearMonth.of(rs.getInt(1), rs.getInt(2))), rs.getLong(3));
                });
        LinkedHashMap<YearMonth, String> fingerprints = new LinkedHashMap<>();
        String previous = null;
        for (Map.Entry<YearMonth, List<String>> entry : files.entrySet()) {
            int monthIndex = Months.index(entry.getKey());
            long joined = joinedPerMonth.entrySet().stream().filter(e -> e.getKey() <= monthIndex)
                    .mapToLong(Map.Entry::getValue).sum();
            previous = ReevaluationPlan.fingerprint(previous, settings, entry.getValue(), joined);
            fingerprints.put(entry.getKey(), previous);
        }
        return fingerprints;
    }

    Map<YearMonth, String> storedFingerprints() {
        Map<YearMonth, String> stored = new HashMap<>();
        jdbc.query("SELECT bill_month, fingerprint FROM value_month_state",
                rs -> {
                    stored.put(YearMonth.parse(rs.getString(1)), rs.getString(2));
                });
        return stored;
    }

    /**
     * The month counts as not evaluated (stale for every plan) until {@link #saveState} saves it
     * again: for writes that commit apart from the month's own transaction.
     */
    void forgetState(YearMonth month) {
        jdbc.update("DELETE FROM value_month_state WHERE bill_month = ?", month.toString());
    }

    void saveState(YearMonth month, String fingerprint, long customers, Long jobExecutionId) {
        jdbc.update("DELETE FROM value_month_state WHERE bill_month = ?", month.toString());
        jdbc.update("INSERT INTO value_month_state (bill_month, fingerprint, customers, job_execution_id, evaluated_at)"
                + " VALUES (?, ?, ?, ?, ?)", month.toString(), fingerprint, customers, jobExecutionId,
                LocalDateTime.now());
    }
}
