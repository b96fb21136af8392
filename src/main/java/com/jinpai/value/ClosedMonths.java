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

    /**
     * Every closed month with the files that close it ({@code name:checksum}, by name), ascending:
     * what a fresh database fed the same inbox holds too, whatever order its files loaded in.
     */
    TreeMap<YearMonth, List<String>> files() {
        return files("file_name", "ORDER BY bill_month, file_name, checksum");
    }

    /**
     * The files as fingerprints named them before they were named by file name: {@code id:checksum}
     * in id order, which depends on the order files loaded in. Read only to recognise a month
     * evaluated under that form ({@link #storedFingerprints(String, Map)}).
     */
    private TreeMap<YearMonth, List<String>> filesById() {
        return files("id", "ORDER BY bill_month, id");
    }

    private TreeMap<YearMonth, List<String>> files(String key, String order) {
        TreeMap<YearMonth, List<String>> files = new TreeMap<>();
        jdbc.query("SELECT bill_month, " + key + ", checksum FROM ingest_file WHERE source = 'bill-lines'"
                + " AND status = 'LOADED' AND bill_month IS NOT NULL " + order,
                rs -> {
                    files.computeIfAbsent(YearMonth.parse(rs.getString(1)), m -> new ArrayList<>())
                            .add(rs.getString(2) + ":" + rs.getString(3));
                });
        return files;
    }

    /** Every closed month, ascending: the one query of which months are closed. */
    public List<YearMonth> all() {
        return new ArrayList<>(files().keySet());
    }

    /** The fingerprint each closed month has now, in month order, chained month to month. */
    LinkedHashMap<YearMonth, String> expectedFingerprints(String settings) {
        return chain(settings, files(), joinedPerMonth());
    }

    /** What a month was last evaluated from, and the months just adopted from the id form. */
    record Stored(Map<YearMonth, String> fingerprints, List<YearMonth> adopted) {
    }

    /**
     * The fingerprint each month was last evaluated from. Months evaluated while fingerprints named
     * files by id keep their evaluation: a stored fingerprint that equals the id form of the month's
     * inputs now is rewritten in the name form, so an upgrade re-evaluates nothing and a stale month
     * stays stale.
     *
     * @param expected the fingerprints the closed months have now ({@link #expectedFingerprints})
     */
    Stored storedFingerprints(String settings, Map<YearMonth, String> expected) {
        Map<YearMonth, String> stored = storedFingerprints();
        if (stored.entrySet().stream().allMatch(e -> e.getValue().equals(expected.get(e.getKey())))) {
            return new Stored(stored, List.of());
        }
        List<YearMonth> adopted = new ArrayList<>();
        idFingerprints(settings).forEach((month, idForm) -> {
            if (idForm.equals(stored.get(month)) && jdbc.update("UPDATE value_month_state SET fingerprint = ?"
                    + " WHERE bill_month = ? AND fingerprint = ?", expected.get(month), month.toString(), idForm) == 1) {
                stored.put(month, expected.get(month));
                adopted.add(month);
            }
        });
        return new Stored(stored, adopted);
    }

    /** The fingerprints in the form that named files by id, as months evaluated under it stored them. */
    LinkedHashMap<YearMonth, String> idFingerprints(String settings) {
        return chain(settings, filesById(), joinedPerMonth());
    }

    /** Customers by the month they joined ({@link Months#index}): each month's fingerprint counts those by its end. */
    private Map<Integer, Long> joinedPerMonth() {
        Map<Integer, Long> joinedPerMonth = new HashMap<>();
        jdbc.query("SELECT EXTRACT(YEAR FROM join_date) AS join_year, EXTRACT(MONTH FROM join_date) AS join_month,"
                + " COUNT(*) AS customers FROM customer"
                + " GROUP BY EXTRACT(YEAR FROM join_date), EXTRACT(MONTH FROM join_date)",
                rs -> {
                    joinedPerMonth.put(Months.index(YearMonth.of(rs.getInt(1), rs.getInt(2))), rs.getLong(3));
                });
        return joinedPerMonth;
    }

    private static LinkedHashMap<YearMonth, String> chain(String settings, TreeMap<YearMonth, List<String>> files,
            Map<Integer, Long> joinedPerMonth) {
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
