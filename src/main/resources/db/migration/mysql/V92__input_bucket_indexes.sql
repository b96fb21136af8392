-- Every input row has its bucket now (V90, V91; the ingest writes it with the row): required from
-- here on, and indexed for the reads of a month partition (com.jinpai.value.MonthInputs and
-- StarInputs), which take `value_bucket >= ? AND value_bucket < ?` into their WHERE. Only the
-- indexes these reads use; bench/README.md has what they cost the ingest.
-- customer: the partition's customers, by bucket range.
ALTER TABLE customer MODIFY value_bucket SMALLINT NOT NULL, ADD INDEX customer_bucket_idx (value_bucket);
-- bill_total: the month's totals of the partition's customers.
ALTER TABLE bill_total MODIFY value_bucket SMALLINT NOT NULL,
    ADD INDEX bill_total_bucket_idx (bill_month, value_bucket);
-- usage_day: the days of the month, then the partition's buckets within them.
ALTER TABLE usage_day MODIFY value_bucket SMALLINT NOT NULL,
    ADD INDEX usage_day_bucket_idx (usage_date, value_bucket);
-- payment: the payments per customer, index only and in customer order as payment_value_idx gave
-- them, now within bucket order (the reads group by bucket and customer), so that a partition scans
-- only its share of the index and the whole range the whole index as before. It replaces
-- payment_value_idx: no more index entries per payment than before.
ALTER TABLE payment MODIFY value_bucket SMALLINT NOT NULL, DROP INDEX payment_value_idx,
    ADD INDEX payment_bucket_idx (value_bucket, customer_id, paid_at, amount);
