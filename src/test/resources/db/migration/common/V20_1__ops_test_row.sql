-- TEST ONLY (src/test/resources): the table the `ops-test` job counts rows into, so that tests can
-- compare a restarted run with an uninterrupted one. Never on the production classpath.
CREATE TABLE ops_test_row (
    bill_month CHAR(7) NOT NULL,
    item       INT     NOT NULL,
    PRIMARY KEY (bill_month, item)
);
