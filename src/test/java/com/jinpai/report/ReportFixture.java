package com.jinpai.report;

import java.math.BigDecimal;

import com.jinpai.run.RunParameters;
import com.jinpai.value.NightlyValueConfiguration;
import com.jinpai.value.ValueSummaryBackfill;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * October 2026 in the tables: ten customers whose spends total 3,000.00, the top one (decile 1)
 * earning half; tier summary and moves; ingest files with rejects, one of them hostile. A
 * September row and files of other months or replaced versions must not show in October.
 */
final class ReportFixture {

    static final String HOSTILE = "<script>alert(1)</script> & \"amount\" 'x'";
    static final String HOSTILE_FILE = "billing/bill_lines_2026-10 <b>&\"q\".csv";

    private final JdbcTemplate jdbc;

    ReportFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void customerValues() {
        customer("C01", "2026-10", "1500.00", "DIAMOND", true, 1);
        customer("C02", "2026-10", "600.00", "PLATINUM", true, 2);
        customer("C03", "2026-10", "400.00", "GOLD", true, 3);
        customer("C04", "2026-10", "200.00", "GOLD", true, 4);
        customer("C05", "2026-10", "100.00", "SILVER", false, 5);
        customer("C06", "2026-10", "80.00", "SILVER", false, 6);
        customer("C07", "2026-10", "60.00", "SILVER", false, 7);
        customer("C08", "2026-10", "40.00", "STANDARD", false, 8);
        customer("C09", "2026-10", "20.00", "STANDARD", false, 9);
        customer("C10", "2026-10", "0.00", "NEW", false, null);
        customer("C01", "2026-09", "9999.00", "DIAMOND", true, 1);
        // the months' value summaries, as the migration adds them up for months evaluated before they were kept
        ValueSummaryBackfill.missing(jdbc.getDataSource());
    }

    void segmentSummary() {
        tier("DIAMOND", 1, "1500.00");
        tier("PLATINUM", 1, "600.00");
        tier("GOLD", 2, "600.00");
        tier("SILVER", 3, "240.00");
        tier("STANDARD", 2, "60.00");
        tier("NEW", 1, "0.00");
    }

    void migration() {
        move("GOLD", "DIAMOND", 1);
        move("PLATINUM", "PLATINUM", 1);
        move("SILVER", "GOLD", 2);
        move("SILVER", "SILVER", 3);
        move("STANDARD", "STANDARD", 2);
        jdbc.update("INSERT INTO tier_migration (bill_month, from_tier, to_tier, customers) VALUES ('2026-09', 'GOLD', 'GOLD', 99)");
    }

    /** October's bill lines loaded, so the month is closed. */
    void ingest() {
        file(1, "bill-lines", HOSTILE_FILE, "2026-10", "LOADED", 100, 97, 3);
        file(2, "customers", "customers.csv", null, "LOADED", 11, 10, 1);
        file(3, "bill-lines", "billing/bill_lines_2026-10_old.csv", "2026-10", "REPLACED", 5, 4, 1);
        file(4, "bill-lines", "billing/bill_lines_2026-09.csv", "2026-09", "LOADED", 5, 4, 1);
        reject(1, 2, HOSTILE);
        reject(1, 7, HOSTILE);
        reject(1, 9, "unknown charge_type 'GIFT'");
        reject(2, 4, "join_date '2026-13-01' is not a date (yyyy-MM-dd)");
        reject(3, 2, "reason of a replaced file");
        reject(4, 3, "reason of September");
    }

    /**
     * A nightly run of {@code month} on {@code asOf} in the run history, its estimate step ending
     * with {@code status}; {@code execution} numbers the instance, execution and step alike.
     */
    void estimateRun(long execution, String month, String asOf, String status) {
        jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, 'nightly', ?)",
                execution, "%032d".formatted(execution));
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, STATUS)"
                + " VALUES (?, 0, ?, CURRENT_TIMESTAMP, ?)", execution, execution, status);
        String parameter = "INSERT INTO BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_TYPE,"
                + " PARAMETER_VALUE, IDENTIFYING) VALUES (?, ?, 'java.lang.String', ?, 'Y')";
        jdbc.update(parameter, execution, RunParameters.MONTH, month);
        jdbc.update(parameter, execution, RunParameters.AS_OF, asOf);
        jdbc.update("INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID,"
                + " CREATE_TIME, STATUS) VALUES (?, 0, ?, ?, CURRENT_TIMESTAMP, ?)", execution,
                NightlyValueConfiguration.ESTIMATE_STEP, execution, status);
    }

    private void customer(String id, String month, String spend, String tier, boolean vip, Integer decile) {
        jdbc.update("INSERT INTO customer_month (customer_id, bill_month, region, brand, status, spend, tier,"
                + " indicated_tier, vip, decile) VALUES (?, ?, 'R1', 'B1', 'ACTIVE', ?, ?, ?, ?, ?)",
                id, month, new BigDecimal(spend), tier, tier, vip, decile);
    }

    private void tier(String tier, long customers, String revenue) {
        jdbc.update("INSERT INTO segment_summary (bill_month, dimension, segment, customers, revenue, revenue_share)"
                + " VALUES ('2026-10', 'TIER', ?, ?, ?, 0)", tier, customers, new BigDecimal(revenue));
    }

    private void move(String from, String to, long customers) {
        jdbc.update("INSERT INTO tier_migration (bill_month, from_tier, to_tier, customers) VALUES ('2026-10', ?, ?, ?)",
                from, to, customers);
    }

    private void file(long id, String source, String name, String month, String status, long read, long loaded,
            long rejected) {
        jdbc.update("INSERT INTO ingest_file (id, source, file_name, checksum, size_bytes, bill_month, status,"
                + " rows_read, rows_loaded, rows_rejected) VALUES (?, ?, ?, ?, 100, ?, ?, ?, ?, ?)",
                id, source, name, "%064d".formatted(id), month, status, read, loaded, rejected);
    }

    private void reject(long fileId, long line, String reason) {
        jdbc.update("INSERT INTO ingest_reject (file_id, line_no, reason, raw_text) VALUES (?, ?, ?, ?)",
                fileId, line, reason, "raw " + line);
    }
}
