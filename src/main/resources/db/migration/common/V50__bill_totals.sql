-- Bill lines are summed while their file is read: a month keeps one row per customer with its
-- total per charge type in fen (bill_total), and each bill-line file keeps a compact set of its
-- line ids (bill_line_ids) so that the month can be derived again, in file-name order, when
-- another of its files arrives or is corrected. The row-per-line table goes.
CREATE TABLE bill_total (
    bill_month      CHAR(7)      NOT NULL,
    customer_id     VARCHAR(32)  NOT NULL,
    plan_fen        BIGINT       NOT NULL,
    voice_fen       BIGINT       NOT NULL,
    sms_fen         BIGINT       NOT NULL,
    data_fen        BIGINT       NOT NULL,
    roaming_fen     BIGINT       NOT NULL,
    vas_fen         BIGINT       NOT NULL,
    equipment_fen   BIGINT       NOT NULL,
    discount_fen    BIGINT       NOT NULL,
    adjustment_fen  BIGINT       NOT NULL,
    refund_fen      BIGINT       NOT NULL,
    PRIMARY KEY (bill_month, customer_id)
);

-- One row per chunk (a few MB) of a file version's encoded lines: id hash, line, customer,
-- charge type, amount. Only current (LOADED) files keep theirs.
CREATE TABLE bill_line_ids (
    file_id   BIGINT    NOT NULL,
    chunk_no  INT       NOT NULL,
    entries   INT       NOT NULL,
    id_set    LONGBLOB  NOT NULL,
    PRIMARY KEY (file_id, chunk_no)
);

-- Bill files loaded before keep no id set: forget them so that the next run loads the inbox's
-- bill files again (their months are then evaluated again, as after any change of inputs).
DELETE FROM ingest_reject WHERE file_id IN (SELECT id FROM ingest_file WHERE source = 'bill-lines');
DELETE FROM ingest_file WHERE source = 'bill-lines';
DROP TABLE bill_line;

-- A payment keeps the line it came from, so that a payment_id reused with another row can name it.
ALTER TABLE payment ADD COLUMN line_no BIGINT;
