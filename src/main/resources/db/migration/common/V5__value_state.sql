-- Customer value: running totals carried month to month, and which inputs each month was
-- evaluated from. Portable DDL for H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

-- Carried forward so that arrears and recency need only the previous month, not all history:
-- billed_to_date and paid_to_date are the customer's totals since the data horizon (bills of
-- closed months up to this one; payments up to this month's as-of day), last_usage_date the last
-- day with usage up to it.
ALTER TABLE customer_month ADD COLUMN billed_to_date DECIMAL(19,2) NOT NULL DEFAULT 0;
ALTER TABLE customer_month ADD COLUMN paid_to_date DECIMAL(19,2) NOT NULL DEFAULT 0;
ALTER TABLE customer_month ADD COLUMN last_usage_date DATE;

-- A month's rows are read, deleted and rewritten together: cluster them by month.
ALTER TABLE customer_month DROP PRIMARY KEY;
ALTER TABLE customer_month ADD PRIMARY KEY (bill_month, customer_id);

CREATE INDEX tier_history_evaluated_idx ON tier_history (evaluated_month);

-- Month-close sums a month's bill lines per customer and charge type. Covering the query, this
-- index turns it into one ordered index range scan (no table lookups, no temporary table):
-- measured on MariaDB with 10M lines, 5 s instead of over 2 minutes for a 3.3M-line month.
CREATE INDEX bill_line_value_idx ON bill_line (bill_month, customer_id, charge_type, amount);
-- Likewise the payments of a month per customer: an index-only scan in customer order.
CREATE INDEX payment_value_idx ON payment (customer_id, paid_at, amount);
-- And the usage of a date range (a month, or the open month so far): without it the database
-- walks usage_daily's primary key, i.e. every day of history, each night.
CREATE INDEX usage_daily_value_idx ON usage_daily (usage_date, customer_id, service, quantity, rated_amount);

-- One row per evaluated closed month: the fingerprint of the inputs it was evaluated from (bill
-- line files, customers joined by then, value settings, and the previous month's fingerprint),
-- so that month-close redoes exactly the months whose inputs changed, and every month after them.
CREATE TABLE value_month_state (
    bill_month        CHAR(7)      NOT NULL PRIMARY KEY,
    fingerprint       CHAR(64)     NOT NULL,
    customers         BIGINT       NOT NULL,
    job_execution_id  BIGINT,
    evaluated_at      TIMESTAMP    NULL
);
