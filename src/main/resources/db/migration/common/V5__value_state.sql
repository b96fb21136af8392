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
CREATE INDEX customer_month_customer_idx ON customer_month (customer_id);

CREATE INDEX tier_history_evaluated_idx ON tier_history (evaluated_month);

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
