-- A month partition finds the rows of its own buckets that a re-evaluation reopens (effective_to
-- after the month) and the month's rows it replaces by these indexes, with a plain select, then
-- writes them by primary key (com.jinpai.value.OwnRows), so that it never locks another
-- partition's rows. Portable DDL for H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.
CREATE INDEX tier_history_bucket_idx ON tier_history (value_bucket, effective_to);
CREATE INDEX star_history_reopen_idx ON star_history (value_bucket, effective_to);
CREATE INDEX star_points_bucket_idx ON star_points (bill_month, value_bucket);
