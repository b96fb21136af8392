package com.jinpai.system;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jinpai.support.MariaDbAvailable;
import com.jinpai.value.CustomerBuckets;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V90 to V92 on a database with rows from before: every input row (customer, bill_total, usage_day,
 * payment) and every evaluated row that had no bucket gets its customer's bucket by
 * {@link CustomerBuckets}, a row that had one keeps it, and the column is required afterwards.
 */
abstract class InputBucketsMigrationTests {

    /** Ids whose buckets differ, one of them not ASCII (the rule hashes the id's UTF-8 bytes). */
    private static final List<String> CUSTOMERS = List.of("C0000001", "C0000002", "C0999999", "客户-7");

    abstract DataSource emptyDatabase();

    abstract String vendor();

    @Test
    void rowsLoadedBeforeGetTheirCustomersBucket() {
        DataSource dataSource = emptyDatabase();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, "85").migrate();
        long file = 7;
        for (int i = 0; i < CUSTOMERS.size(); i++) {
            String id = CUSTOMERS.get(i);
            jdbc.update("INSERT INTO customer (customer_id, join_date, status, file_id) VALUES (?, '2024-01-15',"
                    + " 'ACTIVE', ?)", id, file);
            jdbc.update("INSERT INTO bill_total (bill_month, customer_id, plan_fen, voice_fen, sms_fen, data_fen,"
                    + " roaming_fen, vas_fen, equipment_fen, discount_fen, adjustment_fen, refund_fen)"
                    + " VALUES ('2024-10', ?, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0)", id);
            jdbc.update("INSERT INTO usage_day (usage_date, customer_id, file_id, voice_rated, sms_rated, data_rated,"
                    + " roaming_rated, services, active) VALUES ('2024-10-02', ?, ?, 1, 0, 0, 0, 1, TRUE)", id, file);
            jdbc.update("INSERT INTO payment (payment_id, customer_id, paid_at, amount, file_id) VALUES (?, ?,"
                    + " '2024-10-20 10:00:00', 12.50, ?)", "P" + i, id, file);
            jdbc.update("INSERT INTO customer_month (customer_id, bill_month, tier, indicated_tier) VALUES (?,"
                    + " '2024-09', 'SILVER', 'SILVER')", id);
        }
        // evaluated after V70: the row has its bucket already and keeps it
        jdbc.update("INSERT INTO customer_month (customer_id, bill_month, tier, indicated_tier, value_bucket)"
                + " VALUES ('C0000001', '2024-10', 'SILVER', 'SILVER', 1023)");

        flyway(dataSource, "latest").migrate();

        for (String table : List.of("customer", "bill_total", "usage_day", "payment", "customer_month")) {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT customer_id, value_bucket FROM " + table
                    + (table.equals("customer_month") ? " WHERE bill_month = '2024-09'" : ""));
            assertThat(rows).as(table).hasSize(CUSTOMERS.size());
            assertThat(rows).as(table).allSatisfy(row -> assertThat(((Number) row.get("value_bucket")).intValue())
                    .as(table + " " + row.get("customer_id"))
                    .isEqualTo(CustomerBuckets.of((String) row.get("customer_id"))));
        }
        assertThat(jdbc.queryForObject("SELECT value_bucket FROM customer_month WHERE bill_month = '2024-10'",
                Integer.class)).isEqualTo(1023);
        assertThat(CUSTOMERS.stream().map(CustomerBuckets::of).distinct()).hasSize(CUSTOMERS.size());
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE LOWER(table_name)"
                + " = 'value_bucket_fill'", String.class)).as("the scratch table is gone").isEmpty();
        assertThat(jdbc.queryForList("SELECT LOWER(column_name) FROM information_schema.columns"
                + " WHERE LOWER(column_name) = 'value_bucket' AND is_nullable = 'YES'"
                + " AND LOWER(table_name) IN ('customer', 'bill_total', 'usage_day', 'payment')"
                + (vendor().equals("mysql") ? " AND table_schema = DATABASE()" : ""), String.class))
                .as("the input tables' bucket is required").isEmpty();
    }

    private Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor()).target(target)
                .load();
    }

    static class H2Tests extends InputBucketsMigrationTests {

        @Override
        DataSource emptyDatabase() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:input-buckets-migration;MODE=MySQL;DB_CLOSE_DELAY=-1");
            return dataSource;
        }

        @Override
        String vendor() {
            return "h2";
        }
    }

    /** On a database of its own next to the test database (JINPAI_TEST_DB with a suffix), dropped first. */
    @ExtendWith(MariaDbAvailable.class)
    static class MariaDbTests extends InputBucketsMigrationTests {

        @Override
        DataSource emptyDatabase() {
            String host = env("JINPAI_TEST_DB_HOST", "127.0.0.1") + ":" + env("JINPAI_TEST_DB_PORT", "3306");
            String database = env("JINPAI_TEST_DB", "jinpai_test") + "_v92";
            DriverManagerDataSource server = new DriverManagerDataSource("jdbc:mysql://" + host + "/",
                    env("JINPAI_TEST_DB_USER", "root"), env("JINPAI_TEST_DB_PASSWORD", ""));
            JdbcTemplate admin = new JdbcTemplate(server);
            admin.execute("DROP DATABASE IF EXISTS `" + database + "`");
            admin.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4");
            return new DriverManagerDataSource("jdbc:mysql://" + host + "/" + database
                    + "?rewriteBatchedStatements=true&characterEncoding=UTF-8", env("JINPAI_TEST_DB_USER", "root"),
                    env("JINPAI_TEST_DB_PASSWORD", ""));
        }

        @Override
        String vendor() {
            return "mysql";
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
