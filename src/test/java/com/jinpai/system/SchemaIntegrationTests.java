package com.jinpai.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

import com.jinpai.support.OnH2;
import db.migration.common.R__Column_comments;
import com.jinpai.support.OnMariaDb;
import com.jinpai.value.spend.ChargeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway builds the whole schema (application, Spring Batch, Quartz) on both databases. */
abstract class SchemaIntegrationTests {

    /** Every table the migrations create (ops_test_row comes from the test migration V20_1). */
    private static final Set<String> TABLES = new TreeSet<>(Set.of(
            "batch_job_execution", "batch_job_execution_context", "batch_job_execution_params", "batch_job_instance",
            "batch_step_execution", "batch_step_execution_context",
            "qrtz_blob_triggers", "qrtz_calendars", "qrtz_cron_triggers", "qrtz_fired_triggers", "qrtz_job_details",
            "qrtz_locks", "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_simple_triggers",
            "qrtz_simprop_triggers", "qrtz_triggers",
            "account_manager", "bill_line_ids", "bill_total", "complaint", "customer", "customer_month",
            "customer_month_rank", "ingest_file", "ingest_reject", "payment", "run_lock", "segment_summary",
            "star_history", "star_points", "tier_history", "tier_migration", "top_n_change", "usage_day",
            "input_check", "value_month_state", "value_month_summary", "value_month_tier", "value_month_star_move",
            "value_month_pareto", "value_worker", "vip_action", "vip_action_refresh", "vip_assignment", "mail_delivery",
            "ops_test_row"));

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Test
    void everyMigrationFlywayFindsIsAppliedWithoutFailure() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(all).extracting(info -> info.getState().isApplied() && !info.getState().isFailed())
                .as(Arrays.toString(all)).containsOnly(true);
        assertThat(all).filteredOn(info -> info.getVersion() != null).extracting(info -> info.getVersion().getVersion())
                .containsExactly("1", "2", "3", "4", "5", "10", "20", "20.1", "30", "35", "40", "50", "51", "52", "60", "61", "70", "71", "75", "80", "85", "86", "87", "90", "91", "92", "93", "100", "105", "106", "110", "120", "121", "122");
        // a test database kept from an earlier run holds the comments' earlier checksums too, superseded
        assertThat(all).filteredOn(info -> info.getVersion() == null && info.getState() != MigrationState.SUPERSEDED)
                .extracting(MigrationInfo::getDescription).containsExactly("Column comments");
    }

    @Test
    void theMigrationsCreateExactlyTheApplicationBatchAndQuartzTables() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection(); ResultSet rs = connection.getMetaData().getTables(
                connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.endsWith("_seq") && !name.equals("flyway_schema_history")) {
                    tables.add(name);
                }
            }
        }
        assertThat(tables).isEqualTo(TABLES);
    }

    /** The whole-month update sets the ranks on every row of a month; no index may have to move with them. */
    @Test
    void noIndexOfCustomerMonthCoversTheWholeMonthColumns() throws SQLException {
        Set<String> indexed = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : new String[] {"customer_month", "CUSTOMER_MONTH"}) {
                try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false,
                        false)) {
                    while (rs.next()) {
                        String column = rs.getString("COLUMN_NAME");
                        if (column != null) {
                            indexed.add(column.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        assertThat(indexed).contains("bill_month", "customer_id").doesNotContain("rank_overall", "rank_region",
                "rank_brand", "percentile", "decile", "rank_movement", "top_n", "r_score", "f_score", "m_score",
                "rfm_segment");
    }

    @Test
    void customerMonthHasAMoneyColumnForEveryChargeType() throws SQLException {
        Map<String, int[]> columns = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : new String[] {"customer_month", "CUSTOMER_MONTH"}) {
                try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                    while (rs.next()) {
                        columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                                new int[] {rs.getInt("DECIMAL_DIGITS"), rs.getInt("COLUMN_SIZE")});
                    }
                }
            }
        }
        for (ChargeType type : ChargeType.values()) {
            assertThat(columns).as(type.column()).containsKey(type.column());
            assertThat(columns.get(type.column())).as(type.column() + " is DECIMAL(19,2)").containsExactly(2, 19);
        }
        assertThat(columns.get("spend")).as("spend is DECIMAL(19,2)").containsExactly(2, 19);
    }

    /** The data dictionary describes every column of its tables, and each column carries its comment. */
    @Test
    void everyDictionaryColumnHasItsComment() throws SQLException {
        Map<String, R__Column_comments.Table> dictionary = R__Column_comments.dictionary();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (Map.Entry<String, R__Column_comments.Table> table : dictionary.entrySet()) {
                Map<String, String> remarks = new java.util.LinkedHashMap<>();
                for (String name : new String[] {table.getKey(), table.getKey().toUpperCase(Locale.ROOT)}) {
                    try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), name, "%")) {
                        while (rs.next()) {
                            remarks.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getString("REMARKS"));
                        }
                    }
                }
                assertThat(remarks.keySet()).as(table.getKey() + ": every column in db/dictionary.yml, in order")
                        .containsExactlyElementsOf(table.getValue().columns().keySet());
                table.getValue().columns().forEach((column, comment) -> assertThat(remarks.get(column))
                        .as(table.getKey() + "." + column).isEqualTo(comment));
            }
        }
    }

    @Test
    void theLatestViewsJoinNameRegionAndManager() {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        for (String view : new String[] {"customer_latest", "customer_latest_closed"}) {
            assertThat(jdbc.queryForList("SELECT customer_id, bill_month, tier, star_level, customer_name,"
                    + " customer_region, manager_id, manager_name, manager_email FROM " + view + " WHERE 1 = 0"))
                    .as(view).isEmpty();
        }
    }

    @OnH2
    static class H2Tests extends SchemaIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends SchemaIntegrationTests {
    }
}
