package com.jinpai.ingest;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jinpai.ingest.Field.Kind;
import com.jinpai.value.CustomerBuckets;
import com.jinpai.value.CustomerStatus;
import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.UsageService;
import org.jspecify.annotations.Nullable;

import static com.jinpai.ingest.Field.code;
import static com.jinpai.ingest.Field.optional;
import static com.jinpai.ingest.Field.required;

/**
 * The canonical layout of one source (SPEC section 2) and the table it loads into: fields in column
 * order (the table has one more column, {@code file_id}), the key, and how a repeated key is
 * treated. Snapshot sources (customers, managers, complaints) take the newest value of a key; fact
 * sources (bill lines, payments, usage) keep the first row with a key and count the rest as
 * duplicates.
 *
 * @param monthField the field that must equal the month in the file name, or null
 * @param bucketed whether the table has one more column, {@code value_bucket}: the bucket of the
 *     row's {@code customer_id} ({@link CustomerBuckets}), for the month partitions' reads
 */
record Layout(Source source, String table, List<Field> fields, List<String> key, boolean snapshot,
        @Nullable String monthField, RowRule rule, boolean bucketed) {

    /** The column of a bucketed table that holds the bucket of the row's customer. */
    static final String BUCKET_COLUMN = "value_bucket";


    private static final Map<Source, Layout> LAYOUTS = new EnumMap<>(Source.class);

    static {
        add(new Layout(Source.CUSTOMERS, "customer", List.of(
                required(Kind.TEXT, "customer_id", 32),
                optional(Kind.TEXT, "name", 100),
                optional(Kind.TEXT, "msisdn", 20),
                optional(Kind.TEXT, "brand", 32),
                optional(Kind.TEXT, "region", 64),
                code("customer_type", false, "INDIVIDUAL", "GROUP", "STUDENT"),
                optional(Kind.TEXT, "group_id", 32),
                required(Kind.DATE, "join_date", 0),
                // The table needs a status; the shipped mapping defaults a blank one to ACTIVE.
                code("status", true, CustomerStatus.codes())),
                List.of("customer_id"), true, null, RowRule.NONE, true));
        add(new Layout(Source.ACCOUNT_MANAGERS, "account_manager", List.of(
                required(Kind.TEXT, "manager_id", 32),
                optional(Kind.TEXT, "name", 100),
                required(Kind.TEXT, "region", 64),
                optional(Kind.TEXT, "email", 200),
                // Required by the table; a blank capacity is stored as 0, "not given" (the action settings own the default).
                required(Kind.COUNT, "capacity", 0)),
                List.of("manager_id"), true, null, RowRule.NONE, false));
        // Bill lines are summed into bill_total as they are read (BillLineLoad), never stored row by row.
        add(new Layout(Source.BILL_LINES, "bill_total", List.of(
                required(Kind.TEXT, "line_id", 64),
                required(Kind.CUSTOMER_ID, "customer_id", 32),
                required(Kind.MONTH, "bill_month", 0),
                code("charge_type", true, ChargeType.codes()),
                required(Kind.MONEY, "amount", 2)),
                List.of("line_id"), false, "bill_month", RowRules::billLine, true));
        add(new Layout(Source.PAYMENTS, "payment", List.of(
                required(Kind.TEXT, "payment_id", 64),
                required(Kind.CUSTOMER_ID, "customer_id", 32),
                required(Kind.DATE_TIME, "paid_at", 0),
                required(Kind.MONEY, "amount", 2),
                optional(Kind.TEXT, "channel", 32)),
                List.of("payment_id"), false, null, RowRule.NONE, true));
        add(new Layout(Source.USAGE, UsageLoad.TABLE, List.of(
                required(Kind.CUSTOMER_ID, "customer_id", 32),
                required(Kind.DATE, "usage_date", 0),
                code("service", true, UsageService.codes()),
                required(Kind.DECIMAL, "quantity", 3),
                code("unit", false, UsageService.units()),
                required(Kind.MONEY, "rated_amount", 4)),
                List.of("customer_id", "usage_date", "service"), false, null, RowRules::usage, true));
        add(new Layout(Source.COMPLAINTS, "complaint", List.of(
                required(Kind.TEXT, "ticket_id", 32),
                required(Kind.CUSTOMER_ID, "customer_id", 32),
                required(Kind.DATE_TIME, "opened_at", 0),
                optional(Kind.DATE_TIME, "first_response_at", 0),
                optional(Kind.DATE_TIME, "closed_at", 0),
                optional(Kind.TEXT, "category", 64),
                optional(Kind.TEXT, "channel", 32)),
                List.of("ticket_id"), true, null, RowRules::complaint, false));
    }

    Layout {
        fields = List.copyOf(fields);
        key = List.copyOf(key);
    }

    private static void add(Layout layout) {
        LAYOUTS.put(layout.source(), layout);
    }

    static Layout of(Source source) {
        return LAYOUTS.get(source);
    }

    int indexOf(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(source.id() + " has no field " + fieldName);
    }

    boolean hasField(String fieldName) {
        return fields.stream().anyMatch(field -> field.name().equals(fieldName));
    }

    Map<String, Integer> positions() {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            positions.put(fields.get(i).name(), i);
        }
        return positions;
    }
}
