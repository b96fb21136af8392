-- The same index as on MySQL / MariaDB (mysql/V122, which says why): no read of customer_month needs
-- (bill_month, value_bucket) that the primary key's month range with the bucket as a filter does not serve.
DROP INDEX customer_month_bucket_idx;
