-- What a month's evaluation keeps of the month for its report and run summary, replaced with the
-- month's other whole-month tables, so that neither reads the month's customer_month rows again.
-- V87 fills it for the months evaluated before.
CREATE TABLE value_month_summary (
    bill_month          CHAR(7)       NOT NULL,
    estimated           BOOLEAN       NOT NULL,
    customers           BIGINT        NOT NULL,
    vip_customers       BIGINT        NOT NULL,
    revenue             DECIMAL(19,2) NOT NULL,
    top_decile_revenue  DECIMAL(19,2) NOT NULL,
    ranked_customers    BIGINT        NOT NULL,
    star_customers      BIGINT        NOT NULL,
    upgrades            BIGINT        NOT NULL,
    downgrades          BIGINT        NOT NULL,
    newly_tiered        BIGINT        NOT NULL,
    pareto_points       INT           NOT NULL,
    PRIMARY KEY (bill_month)
);

-- Customers and revenue per tier with customers.
CREATE TABLE value_month_tier (
    bill_month  CHAR(7)       NOT NULL,
    tier        VARCHAR(16)   NOT NULL,
    customers   BIGINT        NOT NULL,
    revenue     DECIMAL(19,2) NOT NULL,
    PRIMARY KEY (bill_month, tier)
);

-- A closed month's customers per (star level before, star level after) its evaluation; NONE: no star.
CREATE TABLE value_month_star_move (
    bill_month  CHAR(7)      NOT NULL,
    from_level  VARCHAR(64)  NOT NULL,
    to_level    VARCHAR(64)  NOT NULL,
    customers   BIGINT       NOT NULL,
    PRIMARY KEY (bill_month, from_level, to_level)
);

-- The revenue Pareto curve from (0, 0): point k (point_index k), customer share and revenue share in percent.
CREATE TABLE value_month_pareto (
    bill_month      CHAR(7)       NOT NULL,
    point_index     INT           NOT NULL,
    customer_share  DECIMAL(19,2) NOT NULL,
    revenue_share   DECIMAL(19,2) NOT NULL,
    PRIMARY KEY (bill_month, point_index)
);
