package com.jinpai.value;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import com.jinpai.system.jdbc.BatchStatements;
import com.jinpai.system.jdbc.DatabaseProduct;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How a partition deletes, reopens or closes rows of its own customers: the customers are read
 * first with a plain (non-locking) select (or are known), then the rows are written by the
 * primary key's leading {@code customer_id}, {@link #KEYS_PER_STATEMENT} customers a statement
 * ({@code customer_id IN (...)}, in key order). A DELETE or UPDATE whose WHERE names the bucket
 * range would lock every row the database scans to evaluate it; where no index confines that scan
 * to the range (tier_history and star_history by effective_to, a month's rows by primary key), it
 * locks rows of the other partitions' customers, and two partitions of one month deadlock. By
 * customer through the primary key, a partition locks its own customers' rows and at most the gap
 * after each: on MySQL the statement names the primary key ({@code FORCE INDEX}), so that the
 * optimizer cannot take a secondary index over the statement's other condition instead.
 * <p>
 * One statement per row (as before) cost a re-run of a month at a million customers 24–27 s a
 * partition in the star tables alone: the server parsed and ran each row's statement on its own.
 */
final class OwnRows {

    /**
     * Customers named in one statement: below MariaDB's {@code in_predicate_conversion_threshold}
     * (1,000), which would turn the list into a subquery, and short enough to stay a few kilobytes.
     */
    static final int KEYS_PER_STATEMENT = 500;

    private OwnRows() {
    }

    /**
     * Deletes the rows of {@code table} that meet {@code condition} (its placeholders bound to
     * {@code parameters}) of every distinct customer {@code select} returns (the customer id
     * first); the number of customers.
     */
    static int deleteByCustomer(JdbcTemplate jdbc, String select, Object[] selectParameters, String table,
            String condition, Object... parameters) {
        return write(jdbc, customers(jdbc, select, selectParameters), table, null, condition, parameters);
    }

    /** As {@link #deleteByCustomer}, setting {@code set} instead (its placeholders first in {@code parameters}). */
    static int updateByCustomer(JdbcTemplate jdbc, String select, Object[] selectParameters, String table,
            String set, String condition, Object... parameters) {
        return write(jdbc, customers(jdbc, select, selectParameters), table, set, condition, parameters);
    }

    /** As {@link #deleteByCustomer} for customers already known. */
    static int deleteCustomers(JdbcTemplate jdbc, Collection<String> customers, String table, String condition,
            Object... parameters) {
        return write(jdbc, new TreeSet<>(customers), table, null, condition, parameters);
    }

    /** As {@link #updateByCustomer} for customers already known. */
    static int updateCustomers(JdbcTemplate jdbc, Collection<String> customers, String table, String set,
            String condition, Object... parameters) {
        return write(jdbc, new TreeSet<>(customers), table, set, condition, parameters);
    }

    private static TreeSet<String> customers(JdbcTemplate jdbc, String select, Object[] parameters) {
        TreeSet<String> customers = new TreeSet<>();
        jdbc.query(select, rs -> {
            customers.add(rs.getString(1));
        }, parameters);
        return customers;
    }

    private static int write(JdbcTemplate jdbc, TreeSet<String> customers, String table, String set,
            String condition, Object[] parameters) {
        if (customers.isEmpty()) {
            return 0;
        }
        List<String> ids = new ArrayList<>(customers);
        Integer written = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            boolean mysql = !DatabaseProduct.isH2(connection);
            PreparedStatement full = null;
            try {
                for (int from = 0; from < ids.size(); from += KEYS_PER_STATEMENT) {
                    int to = Math.min(ids.size(), from + KEYS_PER_STATEMENT);
                    PreparedStatement ps;
                    if (to - from == KEYS_PER_STATEMENT) {
                        if (full == null) {
                            full = BatchStatements.prepare(connection,
                                    sql(mysql, table, set, condition, KEYS_PER_STATEMENT));
                        }
                        ps = full;
                    }
                    else {
                        ps = BatchStatements.prepare(connection, sql(mysql, table, set, condition, to - from));
                    }
                    try {
                        int p = 1;
                        for (Object parameter : parameters) {
                            ps.setObject(p++, parameter);
                        }
                        for (int k = from; k < to; k++) {
                            ps.setString(p++, ids.get(k));
                        }
                        ps.executeUpdate();
                    }
                    finally {
                        if (ps != full) {
                            ps.close();
                        }
                    }
                }
            }
            finally {
                if (full != null) {
                    full.close();
                }
            }
            return ids.size();
        });
        return written == null ? 0 : written;
    }

    /** The statement for {@code keys} customers: a DELETE without {@code set}, else an UPDATE. */
    static String sql(boolean mysql, String table, String set, String condition, int keys) {
        char[] marks = new char[keys * 2 - 1];
        Arrays.fill(marks, ',');
        for (int k = 0; k < keys; k++) {
            marks[k * 2] = '?';
        }
        String where = " WHERE " + condition + " AND x.customer_id IN (" + new String(marks) + ")";
        // MySQL's single-table DELETE takes no index hint: the multi-table form does
        String hint = mysql ? " FORCE INDEX (PRIMARY)" : "";
        if (set == null) {
            return (mysql ? "DELETE x FROM " : "DELETE FROM ") + table + " x" + hint + where;
        }
        return "UPDATE " + table + " x" + hint + " SET " + set + where;
    }
}
