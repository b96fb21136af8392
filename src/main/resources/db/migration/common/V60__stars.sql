-- The star rating 星级 (config/stars.yml; definitions in the README, "Star rating").
-- Portable DDL for H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11. Money DECIMAL(19,2) yuan.

-- Per customer and month: the star after the evaluation and the figures it was rated on. The open
-- month's estimate carries the last closed month's values.
ALTER TABLE customer_month ADD COLUMN star_level VARCHAR(24);
ALTER TABLE customer_month ADD COLUMN previous_star_level VARCHAR(24);
ALTER TABLE customer_month ADD COLUMN star_score BIGINT;
ALTER TABLE customer_month ADD COLUMN star_year_spend DECIMAL(19,2);
ALTER TABLE customer_month ADD COLUMN star_suspensions INT NOT NULL DEFAULT 0;
ALTER TABLE customer_month ADD COLUMN star_new_suspensions INT NOT NULL DEFAULT 0;
ALTER TABLE customer_month ADD COLUMN star_exclusion VARCHAR(16);
ALTER TABLE customer_month ADD COLUMN near_star BOOLEAN NOT NULL DEFAULT FALSE;

-- Effective-dated stars, like tier_history: one open row (effective_to NULL) per customer holding a star.
CREATE TABLE star_history (
    customer_id     VARCHAR(32)  NOT NULL,
    star_level      VARCHAR(24)  NOT NULL,
    star_score      BIGINT       NOT NULL,
    effective_from  DATE         NOT NULL,
    effective_to    DATE,
    evaluated_month CHAR(7)      NOT NULL,
    PRIMARY KEY (customer_id, effective_from)
);
CREATE INDEX star_history_evaluated_idx ON star_history (evaluated_month);

-- Loyalty points of each closed month, for the customers who held a star during it.
CREATE TABLE star_points (
    bill_month         CHAR(7)       NOT NULL,
    customer_id        VARCHAR(32)   NOT NULL,
    star_level         VARCHAR(24)   NOT NULL,
    spend              DECIMAL(19,2) NOT NULL,
    points_multiplier  DECIMAL(7,2)  NOT NULL,
    points             BIGINT        NOT NULL,
    PRIMARY KEY (bill_month, customer_id)
);
