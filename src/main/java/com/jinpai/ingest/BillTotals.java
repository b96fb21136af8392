package com.jinpai.ingest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.jinpai.system.jdbc.BulkInsert;
import com.jinpai.value.CustomerBuckets;
import com.jinpai.value.spend.ChargeType;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code bill_total} rows of a month: one per customer with a column of fen per charge type,
 * all that the month's bill lines leave behind. Rewritten whole whenever the month is derived, in
 * the transaction of the file that caused it, through {@link BulkInsert} (LOAD DATA on MySQL). Each
 * row carries its customer's bucket ({@link CustomerBuckets}), by which a month partition reads it.
 */
final class BillTotals {

    static final List<String> COLUMNS = columns();

    private BillTotals() {
    }

    /** The column of a charge type, e.g. {@code voice_fen}. */
    static String column(ChargeType type) {
        return type.totalColumn();
    }

    static int replaceMonth(JdbcTemplate jdbc, YearMonth month, Map<String, long[]> totals) {
        jdbc.update("DELETE FROM bill_total WHERE bill_month = ?", month.toString());
        String[] customers = totals.keySet().toArray(String[]::new);
        // key order: the rows arrive in primary-key order, which InnoDB appends fastest
        Arrays.sort(customers);
        String monthText = month.toString();
        Integer rows = jdbc.execute((ConnectionCallback<Integer>) connection -> BulkInsert.insert(connection,
                "bill_total", COLUMNS, customers.length, (row, values) -> {
                    long[] breakdown = totals.get(customers[row]);
                    values[0] = monthText;
                    values[1] = customers[row];
                    for (int type = 0; type < ChargeType.COUNT; type++) {
                        values[2 + type] = breakdown[type];
                    }
                    values[2 + ChargeType.COUNT] = CustomerBuckets.of(customers[row]);
                }));
        return rows == null ? 0 : rows;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("bill_month", "customer_id"));
        for (ChargeType type : ChargeType.values()) {
            columns.add(column(type));
        }
        columns.add(Layout.BUCKET_COLUMN);
        return List.copyOf(columns);
    }
}
