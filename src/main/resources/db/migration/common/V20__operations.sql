-- One row per job and month that is running: the guard that keeps two runs of the same job and
-- month apart across processes and machines. Taken by INSERT (the primary key decides who wins),
-- kept alive by a heartbeat, deleted at the end of the run. A row whose heartbeat stopped belongs
-- to a process that died; `restart` takes it over. Times are epoch milliseconds (UTC), written by
-- the holders' clocks, so H2 and MySQL compare them the same way.
CREATE TABLE run_lock (
    job_name      VARCHAR(100) NOT NULL,
    bill_month    CHAR(7)      NOT NULL,
    holder        VARCHAR(200) NOT NULL,
    execution_id  BIGINT       NULL,
    acquired_at   BIGINT       NOT NULL,
    heartbeat_at  BIGINT       NOT NULL,
    PRIMARY KEY (job_name, bill_month)
);
