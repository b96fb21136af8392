-- Customer value per month: spend, averages, tiers, ranks, RFM, trend, arrears.
-- Portable DDL for H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11. Money DECIMAL(19,2) yuan.

-- One row per customer and month (closed months for good; the open month as an estimate).
CREATE TABLE customer_month (
    customer_id        VARCHAR(32)   NOT NULL,
    bill_month  CHAR(7)       NOT NULL,
    region             VARCHAR(64),
    brand              VARCHAR(32),
    status             VARCHAR(16),
    estimated          BOOLEAN       NOT NULL DEFAULT FALSE,
    -- net spend: sum of non-excluded charge types (EQUIPMENT excluded by default)
    spend              DECIMAL(19,2) NOT NULL DEFAULT 0,
    spend_plan         DECIMAL(19,2) NOT NULL DEFAULT 0,
    spend_voice        DECIMAL(19,2) NOT NULL DEFAULT 0,
    spend_sms          DECIMAL(19,2) NOT NULL DEFAULT 0,
    spend_data         DECIMAL(19,2) NOT NULL DEFAULT 0,
    spend_roaming      DECIMAL(19,2) NOT NULL DEFAULT 0,
    spend_vas          DECIMAL(19,2) NOT NULL DEFAULT 0,
    spend_equipment    DECIMAL(19,2) NOT NULL DEFAULT 0,
    spend_discount     DECIMAL(19,2) NOT NULL DEFAULT 0,
    spend_adjustment   DECIMAL(19,2) NOT NULL DEFAULT 0,
    spend_refund       DECIMAL(19,2) NOT NULL DEFAULT 0,
    -- trailing average over the window ending at this month, and over the window before it
    avg_spend          DECIMAL(19,2),
    avg_months         INT           NOT NULL DEFAULT 0,
    prior_avg_spend    DECIMAL(19,2),
    -- tier after this evaluation; indicated = the tier the average alone points to
    tier               VARCHAR(16)   NOT NULL,
    indicated_tier     VARCHAR(16)   NOT NULL,
    previous_tier      VARCHAR(16),
    vip                BOOLEAN       NOT NULL DEFAULT FALSE,
    downgrade_count    INT           NOT NULL DEFAULT 0,
    in_grace           BOOLEAN       NOT NULL DEFAULT FALSE,
    -- ranking among customers with an average and status not CLOSED (NULL when not ranked)
    rank_overall       INT,
    rank_region        INT,
    rank_brand         INT,
    percentile         DECIMAL(5,2),
    decile             INT,
    previous_rank      INT,
    rank_movement      INT,
    top_n              BOOLEAN       NOT NULL DEFAULT FALSE,
    -- RFM
    recency_days       INT,
    frequency_days     INT           NOT NULL DEFAULT 0,
    r_score            INT,
    f_score            INT,
    m_score            INT,
    rfm_segment        VARCHAR(32),
    trend              VARCHAR(16),
    arrears            DECIMAL(19,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (customer_id, bill_month)
);
CREATE INDEX customer_month_month_idx ON customer_month (bill_month, rank_overall);

-- Effective-dated tiers: one open row (effective_to NULL) per customer.
CREATE TABLE tier_history (
    customer_id     VARCHAR(32)  NOT NULL,
    tier            VARCHAR(16)  NOT NULL,
    effective_from  DATE         NOT NULL,
    effective_to    DATE,
    evaluated_month CHAR(7)      NOT NULL,
    PRIMARY KEY (customer_id, effective_from)
);

-- Who entered and who left the top-N at a month.
CREATE TABLE top_n_change (
    bill_month  CHAR(7)      NOT NULL,
    customer_id  VARCHAR(32)  NOT NULL,
    change_type  VARCHAR(8)   NOT NULL,
    rank_now     INT,
    rank_before  INT,
    PRIMARY KEY (bill_month, customer_id)
);

-- Per month and dimension (TIER, REGION, BRAND, RFM_SEGMENT, TREND): customers and revenue.
CREATE TABLE segment_summary (
    bill_month  CHAR(7)       NOT NULL,
    dimension      VARCHAR(16)   NOT NULL,
    segment        VARCHAR(64)   NOT NULL,
    customers      BIGINT        NOT NULL,
    revenue        DECIMAL(19,2) NOT NULL,
    revenue_share  DECIMAL(7,4)  NOT NULL,
    PRIMARY KEY (bill_month, dimension, segment)
);

-- Tier migration matrix: customers per (tier at the previous month, tier at this month).
CREATE TABLE tier_migration (
    bill_month  CHAR(7)      NOT NULL,
    from_tier  VARCHAR(16)  NOT NULL,
    to_tier    VARCHAR(16)  NOT NULL,
    customers  BIGINT       NOT NULL,
    PRIMARY KEY (bill_month, from_tier, to_tier)
);
