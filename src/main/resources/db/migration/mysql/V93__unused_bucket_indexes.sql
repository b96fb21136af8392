-- Three of V92's indexes cost the ingest and served no read. Measured on a 1,000,000-customer
-- database (bench/README.md): the optimizer scans `customer` and takes `usage_day` by its primary
-- key (the date range) with the bucket as a filter, never customer_bucket_idx or
-- usage_day_bucket_idx; and where it does take bill_total_bucket_idx, a quarter of the buckets
-- read through it in 8-15 s against 1 s for the month's primary-key range with the bucket as a
-- filter (one random row lookup per customer instead of one sequential pass). Each cost an entry
-- per row on every load: usage_day's index alone was 351 MB for 5.5M rows, and loading those rows
-- took 30 s with it against 15 s without. payment_bucket_idx stays: it is covering, and a
-- partition's payments read through it in 0.5 s against 4 s without.
DROP INDEX customer_bucket_idx ON customer;
DROP INDEX bill_total_bucket_idx ON bill_total;
DROP INDEX usage_day_bucket_idx ON usage_day;
