-- VIP action lists: who looks after each VIP, and what each account manager is asked to do.
-- Portable DDL for H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11. Money DECIMAL(19,2) yuan.

-- The account manager of each current VIP. A row outlives nightly runs: an existing assignment is
-- kept while the customer stays VIP and the manager stays in the manager export. manager_id NULL
-- means no manager of the region had room: the VIP is listed as unassigned and tried again on the
-- next run, never dropped. Customers who are no longer VIP lose their row (and free the capacity).
CREATE TABLE vip_assignment (
    customer_id     VARCHAR(32)  NOT NULL PRIMARY KEY,
    manager_id      VARCHAR(32),
    region          VARCHAR(64),
    -- the run month in which the current manager (or the unassigned state) was decided
    assigned_month  CHAR(7)      NOT NULL
);
CREATE INDEX vip_assignment_manager_idx ON vip_assignment (manager_id);

-- One action per customer, rule and period (the month the run judged), whatever its status: a
-- later nightly run never issues it again, and a re-run of the month finds it already there.
-- Name, masked phone, tier and the numbers are a snapshot taken when the action was issued, so a
-- list re-written later says what the manager was told; the full phone number is never stored here.
CREATE TABLE vip_action (
    customer_id    VARCHAR(32)   NOT NULL,
    rule_code      VARCHAR(32)   NOT NULL,
    period         CHAR(7)       NOT NULL,
    customer_name  VARCHAR(100),
    masked_phone   VARCHAR(20),
    region         VARCHAR(64),
    tier           VARCHAR(16)   NOT NULL,
    spend          DECIMAL(19,2),
    avg_spend      DECIMAL(19,2),
    -- P1 (most urgent) .. P3
    priority       CHAR(2)       NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    issued_on      DATE          NOT NULL,
    due_date       DATE          NOT NULL,
    -- OPEN, DONE (handed back by the manager), EXPIRED (still open after its due date)
    status         VARCHAR(8)    NOT NULL,
    -- NULL: the customer has no manager (region without one, or every manager full)
    manager_id     VARCHAR(32),
    closed_on      DATE,
    feedback_note  VARCHAR(500),
    PRIMARY KEY (customer_id, rule_code, period)
);
CREATE INDEX vip_action_status_manager_idx ON vip_action (status, manager_id);
CREATE INDEX vip_action_status_due_idx ON vip_action (status, due_date);
CREATE INDEX vip_action_period_idx ON vip_action (period, rule_code);
