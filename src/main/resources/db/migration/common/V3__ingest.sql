-- Ingest ledger, reject records and the loaded exports.
-- Portable DDL: runs unchanged on H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.
-- Money is DECIMAL(19,2) yuan (usage rated amounts keep 4 decimals until they are summed).

-- One row per file version seen. A file is identified by its source and its name relative to
-- the inbox; its content by the SHA-256 checksum. Same checksum again: no-op. Same name with a
-- new checksum: the earlier version is REPLACED and its rows are removed in the same transaction.
CREATE TABLE ingest_file (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    source          VARCHAR(32)   NOT NULL,
    file_name       VARCHAR(500)  NOT NULL,
    checksum        CHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    bill_month      CHAR(7),
    status          VARCHAR(16)   NOT NULL,
    rows_read       BIGINT        NOT NULL DEFAULT 0,
    rows_loaded     BIGINT        NOT NULL DEFAULT 0,
    rows_rejected   BIGINT        NOT NULL DEFAULT 0,
    rows_duplicate  BIGINT        NOT NULL DEFAULT 0,
    job_execution_id BIGINT,
    started_at      TIMESTAMP     NULL,
    finished_at     TIMESTAMP     NULL,
    replaced_by     BIGINT,
    message         VARCHAR(2000)
);
CREATE INDEX ingest_file_name_idx ON ingest_file (source, file_name);
CREATE INDEX ingest_file_checksum_idx ON ingest_file (checksum);
CREATE INDEX ingest_file_month_idx ON ingest_file (source, bill_month, status);

-- A row that could not be read or failed validation: where it was, what it said, why.
CREATE TABLE ingest_reject (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_id     BIGINT        NOT NULL,
    line_no     BIGINT        NOT NULL,
    field       VARCHAR(64),
    reason      VARCHAR(500)  NOT NULL,
    raw_text    VARCHAR(4000)
);
CREATE INDEX ingest_reject_file_idx ON ingest_reject (file_id);

-- Snapshot sources: the newest file wins per key (upsert); file_id says which file set the row.
CREATE TABLE customer (
    customer_id    VARCHAR(32)  NOT NULL PRIMARY KEY,
    name           VARCHAR(100),
    msisdn         VARCHAR(20),
    brand          VARCHAR(32),
    region         VARCHAR(64),
    customer_type  VARCHAR(16),
    group_id       VARCHAR(32),
    join_date      DATE         NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    file_id        BIGINT       NOT NULL
);
CREATE INDEX customer_file_idx ON customer (file_id);

CREATE TABLE account_manager (
    manager_id  VARCHAR(32)   NOT NULL PRIMARY KEY,
    name        VARCHAR(100),
    region      VARCHAR(64)   NOT NULL,
    email       VARCHAR(200),
    capacity    INT           NOT NULL,
    file_id     BIGINT        NOT NULL
);
CREATE INDEX account_manager_file_idx ON account_manager (file_id);

CREATE TABLE complaint (
    ticket_id          VARCHAR(32)  NOT NULL PRIMARY KEY,
    customer_id        VARCHAR(32)  NOT NULL,
    opened_at          TIMESTAMP    NOT NULL,
    first_response_at  TIMESTAMP    NULL,
    closed_at          TIMESTAMP    NULL,
    category           VARCHAR(64),
    channel            VARCHAR(32),
    file_id            BIGINT       NOT NULL
);
CREATE INDEX complaint_customer_idx ON complaint (customer_id);
CREATE INDEX complaint_file_idx ON complaint (file_id);

-- Fact sources: the first row with a key is kept, a duplicate key counts once.
CREATE TABLE bill_line (
    line_id      VARCHAR(64)    NOT NULL PRIMARY KEY,
    customer_id  VARCHAR(32)    NOT NULL,
    bill_month   CHAR(7)        NOT NULL,
    charge_type  VARCHAR(16)    NOT NULL,
    amount       DECIMAL(19,2)  NOT NULL,
    file_id      BIGINT         NOT NULL
);
CREATE INDEX bill_line_month_customer_idx ON bill_line (bill_month, customer_id);
CREATE INDEX bill_line_file_idx ON bill_line (file_id);

CREATE TABLE payment (
    payment_id   VARCHAR(64)    NOT NULL PRIMARY KEY,
    customer_id  VARCHAR(32)    NOT NULL,
    paid_at      TIMESTAMP      NOT NULL,
    amount       DECIMAL(19,2)  NOT NULL,
    channel      VARCHAR(32),
    file_id      BIGINT         NOT NULL
);
CREATE INDEX payment_customer_idx ON payment (customer_id, paid_at);
CREATE INDEX payment_file_idx ON payment (file_id);

-- Daily usage is one row per customer, day and service.
CREATE TABLE usage_daily (
    customer_id   VARCHAR(32)    NOT NULL,
    usage_date    DATE           NOT NULL,
    service       VARCHAR(16)    NOT NULL,
    quantity      DECIMAL(19,3)  NOT NULL,
    unit          VARCHAR(8),
    rated_amount  DECIMAL(19,4)  NOT NULL,
    file_id       BIGINT         NOT NULL,
    PRIMARY KEY (customer_id, usage_date, service)
);
CREATE INDEX usage_daily_date_idx ON usage_daily (usage_date);
CREATE INDEX usage_daily_file_idx ON usage_daily (file_id);
