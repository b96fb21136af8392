-- The same index as on MySQL / MariaDB (mysql/V122, which says why). On H2 the reads that used it (a
-- remote partition's ids of the month, the delete of rows without a bucket) read the primary key's
-- index by month (which holds the ids) or are gone.
DROP INDEX customer_month_bucket_idx;
