-- A month partition reads only its own customers' inputs, in SQL, through an index, instead of
-- whole months that it filters in Java: every input row carries its customer's bucket (CRC-32 of
-- the id mod 1024, com.jinpai.value.CustomerBuckets), written by the ingest with the row. Rows
-- loaded before get theirs from V91 (Java: CRC-32 is no SQL function on H2); V92 makes the column
-- required and adds the indexes the partitions' reads use. Portable DDL for H2 (MODE=MySQL) and
-- MySQL 8 / MariaDB 10.11.
ALTER TABLE customer ADD COLUMN value_bucket SMALLINT;
ALTER TABLE bill_total ADD COLUMN value_bucket SMALLINT;
ALTER TABLE usage_day ADD COLUMN value_bucket SMALLINT;
ALTER TABLE payment ADD COLUMN value_bucket SMALLINT;
