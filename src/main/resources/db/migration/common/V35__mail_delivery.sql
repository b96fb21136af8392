-- One row per manager, list month and list file content (SHA-256 of the attached file): a list is
-- mailed once (SENT); a FAILED one is tried again by the next run of the month, counting attempts.
CREATE TABLE mail_delivery (
    manager_id        VARCHAR(32)   NOT NULL,
    list_month        CHAR(7)       NOT NULL,
    checksum          CHAR(64)      NOT NULL,
    file_name         VARCHAR(200)  NOT NULL,
    recipient         VARCHAR(200)  NOT NULL,
    -- SENT or FAILED
    status            VARCHAR(8)    NOT NULL,
    error             VARCHAR(500),
    attempts          INT           NOT NULL,
    first_attempt_at  TIMESTAMP     NOT NULL,
    last_attempt_at   TIMESTAMP     NOT NULL,
    sent_at           TIMESTAMP     NULL,
    PRIMARY KEY (manager_id, list_month, checksum)
);
CREATE INDEX mail_delivery_month_status_idx ON mail_delivery (list_month, status);
