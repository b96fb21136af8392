package com.jinpai.action;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of the tables other packages fill (ingest: customer, account_manager, complaint; customer
 * value: customer_month, top_n_change), inserted straight with JDBC for the action tests.
 */
public final class ActionFixtures {

    private static final long FILE_ID = 1;
    private static final LocalDate JOINED = LocalDate.of(2020, 1, 1);

    private final JdbcTemplate jdbc;

    public ActionFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ActionFixtures manager(String managerId, String region, int capacity) {
        jdbc.update("INSERT INTO account_manager (manager_id, name, region, email, capacity, file_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", managerId, "Manager " + managerId, region,
                managerId.toLowerCase() + "@example.com", capacity, FILE_ID);
        return this;
    }

    public ActionFixtures customer(String customerId, String name, String msisdn, String region) {
        jdbc.update("INSERT INTO customer (customer_id, name, msisdn, brand, region, customer_type, join_date, "
                + "status, file_id, value_bucket) VALUES (?, ?, ?, 'GoTone', ?, 'INDIVIDUAL', ?, 'ACTIVE', ?, ?)",
                customerId, name, msisdn, region, Date.valueOf(JOINED), FILE_ID,
                com.jinpai.value.CustomerBuckets.of(customerId));
        return this;
    }

    public ActionFixtures complaint(String ticketId, String customerId, LocalDateTime openedAt,
            LocalDateTime firstResponseAt) {
        jdbc.update("INSERT INTO complaint (ticket_id, customer_id, opened_at, first_response_at, category, channel, "
                + "file_id) VALUES (?, ?, ?, ?, 'BILLING', 'HOTLINE', ?)", ticketId, customerId,
                Timestamp.valueOf(openedAt), firstResponseAt == null ? null : Timestamp.valueOf(firstResponseAt),
                FILE_ID);
        return this;
    }

    public ActionFixtures enteredTopN(YearMonth month, String customerId, int rankNow, Integer rankBefore) {
        jdbc.update("INSERT INTO top_n_change (bill_month, customer_id, change_type, rank_now, rank_before) "
                + "VALUES (?, ?, 'ENTERED', ?, ?)", month.toString(), customerId, rankNow, rankBefore);
        return this;
    }

    /** A customer_month row: by default a steady GOLD VIP (spend = average = prior average). */
    public MonthRow month(YearMonth month, String customerId, String region) {
        return new MonthRow(month, customerId, region);
    }

    public final class MonthRow {

        private final YearMonth month;
        private final String customerId;
        private final String region;
        private boolean estimated;
        private String status = "ACTIVE";
        private String tier = "GOLD";
        private String previousTier = "GOLD";
        private String indicatedTier;
        private boolean inGrace;
        private int downgradeCount;
        private BigDecimal spend;
        private BigDecimal average = new BigDecimal("200.00");
        private BigDecimal prior;
        private BigDecimal arrears = BigDecimal.ZERO;

        MonthRow(YearMonth month, String customerId, String region) {
            this.month = month;
            this.customerId = customerId;
            this.region = region;
        }

        public MonthRow tier(String now, String before) {
            this.tier = now;
            this.previousTier = before;
            return this;
        }

        public MonthRow average(String value) {
            this.average = new BigDecimal(value);
            return this;
        }

        public MonthRow spend(String value) {
            this.spend = new BigDecimal(value);
            return this;
        }

        public MonthRow prior(String value) {
            this.prior = new BigDecimal(value);
            return this;
        }

        public MonthRow arrears(String value) {
            this.arrears = new BigDecimal(value);
            return this;
        }

        public MonthRow grace(String indicated, int count) {
            this.inGrace = true;
            this.indicatedTier = indicated;
            this.downgradeCount = count;
            return this;
        }

        public MonthRow estimated() {
            this.estimated = true;
            return this;
        }

        public MonthRow closedAccount() {
            this.status = "CLOSED";
            return this;
        }

        public ActionFixtures insert() {
            boolean vip = tier.equals("GOLD") || tier.equals("PLATINUM") || tier.equals("DIAMOND");
            jdbc.update("""
                    INSERT INTO customer_month (customer_id, bill_month, region, brand, status, estimated, spend,
                        avg_spend, avg_months, prior_avg_spend, tier, indicated_tier, previous_tier, vip,
                        downgrade_count, in_grace, arrears)
                    VALUES (?, ?, ?, 'GoTone', ?, ?, ?, ?, 3, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    customerId, month.toString(), region, status, estimated, spend == null ? average : spend, average,
                    prior == null ? average : prior, tier, indicatedTier == null ? tier : indicatedTier, previousTier,
                    vip, downgradeCount, inGrace, arrears);
            return ActionFixtures.this;
        }
    }

    /** Records a closed month as evaluated by the month engine ({@code value_month_state}). */
    public ActionFixtures evaluated(YearMonth month) {
        jdbc.update("INSERT INTO value_month_state (bill_month, fingerprint, customers) VALUES (?, ?, 0)",
                month.toString(), "0".repeat(64));
        return this;
    }
}
