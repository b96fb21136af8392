-- The month evaluation in partitions by customer-id hash (a bucket 0..1023 of the id, see
-- com.jinpai.value.CustomerBuckets). Portable DDL for H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

-- Each row carries its customer's bucket, so that a partition replaces exactly its own rows and a
-- re-run partition never touches another's. Rows written before this migration have none; the
-- next evaluation of their month replaces them whole.
ALTER TABLE customer_month ADD COLUMN value_bucket SMALLINT;
CREATE INDEX customer_month_bucket_idx ON customer_month (bill_month, value_bucket);
ALTER TABLE tier_history ADD COLUMN value_bucket SMALLINT;

-- The figures that need every customer of the month (ranks, percentile, decile, movement, top-N,
-- RFM scores), computed on the manager after the partitions and set on the partitions' rows in one
-- statement; emptied again in the same transaction.
CREATE TABLE customer_month_rank (
    bill_month     CHAR(7)      NOT NULL,
    customer_id    VARCHAR(32)  NOT NULL,
    rank_overall   INT,
    rank_region    INT,
    rank_brand     INT,
    percentile     DECIMAL(5,2),
    decile         INT,
    rank_movement  INT,
    top_n          BOOLEAN      NOT NULL,
    r_score        INT,
    f_score        INT,
    m_score        INT,
    rfm_segment    VARCHAR(32),
    PRIMARY KEY (bill_month, customer_id)
);

-- `jinpai worker` processes: each renews its row while it lives and names the partition it runs,
-- so that the manager tells a dead worker's partition from a slow one and `status` shows them.
CREATE TABLE value_worker (
    worker_id          VARCHAR(128) NOT NULL PRIMARY KEY,
    host               VARCHAR(255) NOT NULL,
    pid                BIGINT       NOT NULL,
    -- epoch milliseconds, like run_lock's heartbeat
    started_at         BIGINT       NOT NULL,
    seen_at            BIGINT       NOT NULL,
    step_execution_id  BIGINT,
    partition_name     VARCHAR(128)
);
