package com.jinpai.action;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import javax.sql.DataSource;

import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * actionsFlow at volume, on demand only: {@code -Djinpai.volume=1000000} (customers; 10% are VIP,
 * 21 regions of 25 managers with room for 200 each, except region R00 with 10). Generated set-based in
 * the database, then run twice (the second run issues nothing new). Prints the step times.
 */
abstract class ActionsVolumeIntegrationTests {

    private static final YearMonth MONTH = YearMonth.of(2024, 10);

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    Flow actionsFlow;

    @Autowired
    JobOperatorTestUtils jobOperator;

    /** A derived table of the numbers 1..n as column {@code n}, in this database's dialect. */
    abstract String numbers(int count);

    @Test
    void assignsIssuesAndListsAtVolume() throws Exception {
        int customers = Integer.parseInt(System.getProperty("jinpai.volume"));
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        JdbcTemplate jdbc = database.jdbc();
        long started = System.nanoTime();
        generate(jdbc, customers);
        System.out.printf("volume: generated %,d customers in %s%n", customers, since(started));

        ActionsTestJob job = new ActionsTestJob(jobRepository, actionsFlow, jobOperator);
        for (String attempt : new String[] {"1", "2"}) {
            started = System.nanoTime();
            job.run(MONTH, LocalDate.of(2024, 11, 5), "attempt", attempt);
            System.out.printf("volume: run %s took %s%n", attempt, since(started));
            JobExecution execution = jobOperator.getJobRepository().getLastJobExecution("actionsTestJob",
                    new org.springframework.batch.core.job.parameters.JobParametersBuilder()
                            .addString("month", MONTH.toString()).addString("asOf", "2024-11-05")
                            .addString("attempt", attempt).toJobParameters());
            for (StepExecution step : execution.getStepExecutions()) {
                System.out.printf("volume:   %-18s %8s  %s%n", step.getStepName(),
                        Duration.between(step.getStartTime(), step.getEndTime()),
                        step.getExitStatus().getExitDescription());
            }
        }

        Long vips = jdbc.queryForObject("SELECT COUNT(*) FROM customer_month WHERE vip = TRUE", Long.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vip_assignment", Long.class)).isEqualTo(vips);
        // region R00 has room for 2,000 of its VIPs, every other region for all of them
        Long r00 = jdbc.queryForObject("SELECT COUNT(*) FROM customer_month WHERE vip = TRUE AND region = 'R00'",
                Long.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vip_assignment WHERE manager_id IS NULL", Long.class))
                .isEqualTo(Math.max(0, r00 - 2_000));
        assertThat(jdbc.queryForObject("SELECT MAX(c) FROM (SELECT COUNT(*) AS c FROM vip_assignment "
                + "WHERE manager_id IS NOT NULL GROUP BY manager_id) loads", Long.class)).isLessThanOrEqualTo(200L);
        System.out.printf("volume: %,d VIPs, %,d actions%n", vips,
                jdbc.queryForObject("SELECT COUNT(*) FROM vip_action", Long.class));
    }

    private void generate(JdbcTemplate jdbc, int customers) {
        String n = numbers(customers);
        // value_bucket: any bucket; the actions read no partition's rows
        jdbc.update("INSERT INTO customer (customer_id, name, msisdn, brand, region, customer_type, join_date, status, "
                + "file_id, value_bucket) SELECT CONCAT('C', LPAD(n, 8, '0')), CONCAT('客户', n), CONCAT('138', LPAD(n, 8, '0')), "
                + "'GoTone', CONCAT('R', LPAD(MOD(n, 21), 2, '0')), 'INDIVIDUAL', DATE '2020-01-01', 'ACTIVE', 1, 0 FROM "
                + n);
        // VIPs: every 10th; a welcome every 170th, grace every 130th, drop every 110th, shock every 190th,
        // arrears every 230th; non-VIPs spread 0..149 so a tenth of them sit near the gold line
        jdbc.update("""
                INSERT INTO customer_month (customer_id, bill_month, region, brand, status, estimated, spend, avg_spend,
                    avg_months, prior_avg_spend, tier, indicated_tier, previous_tier, vip, downgrade_count, in_grace,
                    arrears)
                SELECT CONCAT('C', LPAD(n, 8, '0')), '2024-10', CONCAT('R', LPAD(MOD(n, 21), 2, '0')), 'GoTone',
                    'ACTIVE', FALSE,
                    CASE WHEN MOD(n, 110) = 0 THEN (150 + MOD(n, 850)) * 0.5
                         WHEN MOD(n, 190) = 0 THEN (150 + MOD(n, 850)) * 2
                         WHEN MOD(n, 10) = 0 THEN 150 + MOD(n, 850) ELSE MOD(n, 150) END,
                    CASE WHEN MOD(n, 10) = 0 THEN 150 + MOD(n, 850) ELSE MOD(n, 150) END, 3,
                    CASE WHEN MOD(n, 10) = 0 THEN 150 + MOD(n, 850) ELSE MOD(n, 150) END,
                    CASE WHEN MOD(n, 1000) = 0 THEN 'DIAMOND' WHEN MOD(n, 100) = 0 THEN 'PLATINUM'
                         WHEN MOD(n, 10) = 0 THEN 'GOLD' ELSE 'SILVER' END,
                    CASE WHEN MOD(n, 130) = 0 THEN 'SILVER' WHEN MOD(n, 1000) = 0 THEN 'DIAMOND'
                         WHEN MOD(n, 100) = 0 THEN 'PLATINUM' WHEN MOD(n, 10) = 0 THEN 'GOLD' ELSE 'SILVER' END,
                    CASE WHEN MOD(n, 170) = 0 THEN 'SILVER' WHEN MOD(n, 1000) = 0 THEN 'DIAMOND'
                         WHEN MOD(n, 100) = 0 THEN 'PLATINUM' WHEN MOD(n, 10) = 0 THEN 'GOLD' ELSE 'SILVER' END,
                    MOD(n, 10) = 0, CASE WHEN MOD(n, 130) = 0 THEN 1 ELSE 0 END, MOD(n, 130) = 0,
                    CASE WHEN MOD(n, 230) = 0 THEN 50.00 ELSE 0 END
                FROM""" + " " + n);
        jdbc.update("INSERT INTO account_manager (manager_id, name, region, email, capacity, file_id) "
                + "SELECT CONCAT('M', LPAD(n, 4, '0')), CONCAT('经理', n), CONCAT('R', LPAD(MOD(n, 21), 2, '0')), "
                + "NULL, 200, 1 FROM " + numbers(525) + " WHERE MOD(n, 21) <> 0 OR n <= 210");
        jdbc.update("INSERT INTO complaint (ticket_id, customer_id, opened_at, category, channel, file_id) "
                + "SELECT CONCAT('T', n), CONCAT('C', LPAD(n * 100, 8, '0')), TIMESTAMP '2024-11-01 08:00:00', "
                + "'BILLING', 'HOTLINE', 1 FROM " + numbers(customers / 100));
        jdbc.update("INSERT INTO top_n_change (bill_month, customer_id, change_type, rank_now, rank_before) "
                + "SELECT '2024-10', CONCAT('C', LPAD(n * 10000, 8, '0')), 'ENTERED', n, NULL FROM "
                + numbers(Math.max(1, customers / 10000)));
    }

    private static String since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() + " ms";
    }

    // on the concrete classes: JUnit does not inherit conditions from the abstract class
    @OnH2
    @EnabledIfSystemProperty(named = "jinpai.volume", matches = "\\d+")
    static class H2Tests extends ActionsVolumeIntegrationTests {

        @Override
        String numbers(int count) {
            return "(SELECT X AS n FROM SYSTEM_RANGE(1, " + count + ")) numbers";
        }
    }

    @OnMariaDb
    @EnabledIfSystemProperty(named = "jinpai.volume", matches = "\\d+")
    static class MariaDbTests extends ActionsVolumeIntegrationTests {

        @Override
        String numbers(int count) {
            return "(SELECT seq AS n FROM seq_1_to_" + count + ") numbers";
        }
    }
}
