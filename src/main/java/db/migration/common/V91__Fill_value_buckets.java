package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jinpai.value.CustomerBuckets;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the rows loaded or evaluated before V90 their customer's bucket ({@code value_bucket}), by
 * the one rule of {@link CustomerBuckets}: CRC-32 is no SQL function on H2, so the buckets of the
 * distinct customer ids are computed here, put in a scratch table keyed by customer id, and each
 * table takes them in one set-based UPDATE (a correlated subquery by key, portable to H2 and
 * MySQL / MariaDB). Rows that have a bucket already keep it. Memory: one entry per distinct
 * customer id.
 */
public class V91__Fill_value_buckets extends BaseJavaMigration {

    /** Every table whose rows carry their customer's bucket. */
    static final List<String> TABLES = List.of("customer", "bill_total", "usage_day", "payment", "customer_month",
            "tier_history", "star_history", "star_points");

    private static final String SCRATCH = "value_bucket_fill";
    private static final int BATCH_ROWS = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Set<String> customers = new HashSet<>();
        for (String table : TABLES) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT DISTINCT customer_id FROM " + table
                            + " WHERE value_bucket IS NULL")) {
                while (rs.next()) {
                    customers.add(rs.getString(1));
                }
            }
        }
        if (customers.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + SCRATCH + " (customer_id VARCHAR(32) NOT NULL PRIMARY KEY,"
                    + " value_bucket SMALLINT NOT NULL)");
        }
        insertBuckets(connection, customers);
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("UPDATE " + table + " SET value_bucket = (SELECT f.value_bucket FROM "
                        + SCRATCH + " f WHERE f.customer_id = " + table + ".customer_id) WHERE value_bucket IS NULL");
            }
            statement.execute("DROP TABLE " + SCRATCH);
        }
    }

    private static void insertBuckets(Connection connection, Set<String> customers) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SCRATCH
                + " (customer_id, value_bucket) VALUES (?, ?)")) {
            int pending = 0;
            for (String customer : customers) {
                insert.setString(1, customer);
                insert.setInt(2, CustomerBuckets.of(customer));
                insert.addBatch();
                if (++pending == BATCH_ROWS) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
