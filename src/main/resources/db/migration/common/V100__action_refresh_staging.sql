-- The open actions whose situation carries on, with their latest reason and numbers, staged by the
-- issuing step in bulk and set on vip_action by one joined statement (UPDATE ... JOIN on MySQL,
-- MERGE on H2) instead of one UPDATE per action; emptied again in the same transaction.
-- Portable DDL for H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.
CREATE TABLE vip_action_refresh (
    customer_id       VARCHAR(32)   NOT NULL,
    rule_code         VARCHAR(32)   NOT NULL,
    situation         VARCHAR(64)   NOT NULL,
    customer_name     VARCHAR(100),
    masked_phone      VARCHAR(20),
    region            VARCHAR(64),
    tier              VARCHAR(16)   NOT NULL,
    spend             DECIMAL(19,2),
    avg_spend         DECIMAL(19,2),
    reason            VARCHAR(500)  NOT NULL,
    refreshed_period  CHAR(7)       NOT NULL,
    PRIMARY KEY (customer_id, rule_code, situation)
);
