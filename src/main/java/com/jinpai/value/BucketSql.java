package com.jinpai.value;

import java.util.Arrays;

/**
 * The condition that keeps a read to a partition's customers, in SQL: every table the month
 * reads carries its rows' bucket ({@code value_bucket}), so that a partition gets only its own
 * rows. The server applies it as a filter on the month's or the day range's primary-key scan
 * (customer, bill_total, usage_day, customer_month) or reads the bucket's share of a covering index
 * (payment): measured at a million customers, a lookup per row through a bucket index cost more
 * than the filtered pass (V93). The whole range ({@link CustomerBuckets.Range#ALL}, a month in one
 * piece and the nightly estimate) adds no condition.
 */
final class BucketSql {

    static final String COLUMN = "value_bucket";

    private BucketSql() {
    }

    /** {@code " AND value_bucket >= ? AND value_bucket < ?"} of {@code alias}, or nothing for the whole range. */
    static String and(CustomerBuckets.Range range, String alias) {
        return range.all() ? "" : " AND " + condition(alias);
    }

    /** The same as a whole WHERE clause, for a read with no other condition. */
    static String where(CustomerBuckets.Range range, String alias) {
        return range.all() ? "" : " WHERE " + condition(alias);
    }

    /** The statement's parameters: {@code leading}, then the range's bounds when it has a condition. */
    static Object[] parameters(CustomerBuckets.Range range, Object... leading) {
        if (range.all()) {
            return leading;
        }
        Object[] parameters = Arrays.copyOf(leading, leading.length + 2);
        parameters[leading.length] = range.from();
        parameters[leading.length + 1] = range.to();
        return parameters;
    }

    private static String condition(String alias) {
        String column = alias.isEmpty() ? COLUMN : alias + "." + COLUMN;
        return column + " >= ? AND " + column + " < ?";
    }
}
