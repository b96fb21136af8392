-- How each run judged its inputs (freshness, volume, payment coverage), one row per source and run,
-- written by the inputsCheckStep before anything is published; the report header and the run summary
-- read it. Portable DDL (H2 MODE=MySQL, MySQL 8 / MariaDB 10.11).
CREATE TABLE input_check (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_execution_id  BIGINT        NOT NULL,
    bill_month        CHAR(7)       NOT NULL,
    as_of             DATE          NOT NULL,
    judged_on         DATE          NOT NULL,
    source            VARCHAR(32)   NOT NULL,
    level             VARCHAR(8)    NOT NULL,
    newest_file       VARCHAR(500),
    newest_data       DATE,
    age_days          BIGINT,
    file_rows         BIGINT,
    usual_rows        BIGINT,
    findings          VARCHAR(4000)
);
CREATE INDEX input_check_execution_idx ON input_check (job_execution_id);
CREATE INDEX input_check_month_idx ON input_check (bill_month, job_execution_id);
