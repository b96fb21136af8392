-- The same indexes as on MySQL / MariaDB (mysql/V93, which says why): they served no read of a
-- month partition better than the primary key's range with the bucket as a filter.
DROP INDEX customer_bucket_idx;
DROP INDEX bill_total_bucket_idx;
DROP INDEX usage_day_bucket_idx;
