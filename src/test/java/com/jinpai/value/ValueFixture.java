package com.jinpai.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import com.jinpai.value.spend.UsageService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes input rows the way the ingest leaves them: customers, bill lines, usage, payments, and
 * the ingest_file ledger row (source 'bill-lines', status LOADED) that makes a bill month closed.
 */
final class ValueFixture {

    private static final long FILE_ID = 0;

    private final JdbcTemplate jdbc;
    private int fileVersion;

    ValueFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ValueFixture customer(String id, String joinDate, String status, String region, String brand) {
        jdbc.update("INSERT INTO customer (customer_id, name, msisdn, brand, region, customer_type, join_date, status,"
                + " file_id, value_bucket) VALUES (?, ?, ?, ?, ?, 'INDIVIDUAL', ?, ?, ?, ?)", id, "Customer " + id,
                "13800000000", brand, region, LocalDate.parse(joinDate), status, FILE_ID, CustomerBuckets.of(id));
        return this;
    }

    ValueFixture status(String id, String status) {
        jdbc.update("UPDATE customer SET status = ? WHERE customer_id = ?", status, id);
        return this;
    }

    /**
     * A bill line as the ingest leaves it: added to the customer's month total of its charge type
     * (the id names the line in the test; totals keep no ids).
     */
    ValueFixture line(String lineId, String customerId, String month, String chargeType, String amount) {
        return addToTotal(customerId, month, chargeType, new BigDecimal(amount).movePointRight(2).longValueExact());
    }

    /** Takes a line out of its month total again, as a corrected file without it does. */
    ValueFixture removeLine(String customerId, String month, String chargeType, String amount) {
        return addToTotal(customerId, month, chargeType, -new BigDecimal(amount).movePointRight(2).longValueExact());
    }

    /** Sets a customer's month total of a charge type to any number of fen, even one no ingest writes. */
    ValueFixture total(String customerId, String month, String chargeType, long fen) {
        String column = chargeType.toLowerCase(Locale.ROOT) + "_fen";
        addToTotal(customerId, month, chargeType, 0);
        jdbc.update("UPDATE bill_total SET " + column + " = ? WHERE bill_month = ? AND customer_id = ?", fen, month,
                customerId);
        return this;
    }

    private ValueFixture addToTotal(String customerId, String month, String chargeType, long fen) {
        String column = chargeType.toLowerCase(Locale.ROOT) + "_fen";
        int updated = jdbc.update("UPDATE bill_total SET " + column + " = " + column + " + ? WHERE bill_month = ?"
                + " AND customer_id = ?", fen, month, customerId);
        if (updated == 0) {
            jdbc.update("INSERT INTO bill_total (bill_month, customer_id, plan_fen, voice_fen, sms_fen, data_fen,"
                    + " roaming_fen, vas_fen, equipment_fen, discount_fen, adjustment_fen, refund_fen, value_bucket)"
                    + " VALUES (?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?)", month, customerId, CustomerBuckets.of(customerId));
            jdbc.update("UPDATE bill_total SET " + column + " = ? WHERE bill_month = ? AND customer_id = ?", fen, month,
                    customerId);
        }
        return this;
    }

    /** A month's bill for a customer: a PLAN line and a DATA line. */
    ValueFixture bill(String customerId, String month, String plan, String data) {
        String prefix = customerId + "-" + month + "-";
        line(prefix + "PLAN", customerId, month, "PLAN", plan);
        return line(prefix + "DATA", customerId, month, "DATA", data);
    }

    /** Marks a bill month closed: its bill-lines file is in the ledger with status LOADED. */
    ValueFixture close(String month) {
        fileVersion++;
        jdbc.update("INSERT INTO ingest_file (source, file_name, checksum, size_bytes, bill_month, status)"
                + " VALUES ('bill-lines', ?, ?, 100, ?, 'LOADED')", "billing/bill_lines_" + month + ".csv",
                String.format(Locale.ROOT, "%064x", fileVersion), month);
        return this;
    }

    /** A corrected file for a closed month: the earlier version becomes REPLACED, the new one LOADED. */
    ValueFixture replace(String month) {
        jdbc.update("UPDATE ingest_file SET status = 'REPLACED' WHERE source = 'bill-lines' AND bill_month = ?"
                + " AND status = 'LOADED'", month);
        return close(month);
    }

    /** A usage row of quantity 1 as the ingest sums it into the customer's day ({@code usage_day}). */
    ValueFixture usage(String customerId, String date, String service, String rated) {
        String column = service.toLowerCase(Locale.ROOT) + "_rated";
        int bit = 1 << UsageService.valueOf(service).ordinal();
        long tenThousandths = new BigDecimal(rated).movePointRight(4).longValueExact();
        int updated = jdbc.update("UPDATE usage_day SET " + column + " = " + column + " + ?, services = services + ?,"
                + " active = TRUE WHERE usage_date = ? AND customer_id = ? AND file_id = ?", tenThousandths, bit,
                LocalDate.parse(date), customerId, FILE_ID);
        if (updated == 0) {
            jdbc.update("INSERT INTO usage_day (usage_date, customer_id, file_id, voice_rated, sms_rated, data_rated,"
                    + " roaming_rated, services, active, value_bucket) VALUES (?, ?, ?, 0, 0, 0, 0, ?, TRUE, ?)",
                    LocalDate.parse(date), customerId, FILE_ID, bit, CustomerBuckets.of(customerId));
            jdbc.update("UPDATE usage_day SET " + column + " = ? WHERE usage_date = ? AND customer_id = ?"
                    + " AND file_id = ?", tenThousandths, LocalDate.parse(date), customerId, FILE_ID);
        }
        return this;
    }

    /** One usage row a day, first to last day inclusive. */
    ValueFixture usageDays(String customerId, String first, String last, String service, String rated) {
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
            usage(customerId, day.toString(), service, rated);
        }
        return this;
    }

    ValueFixture payment(String paymentId, String customerId, String paidAt, String amount) {
        jdbc.update("INSERT INTO payment (payment_id, customer_id, paid_at, amount, channel, file_id, value_bucket)"
                + " VALUES (?, ?, ?, ?, 'APP', ?, ?)", paymentId, customerId, LocalDateTime.parse(paidAt),
                new BigDecimal(amount), FILE_ID, CustomerBuckets.of(customerId));
        return this;
    }
}
