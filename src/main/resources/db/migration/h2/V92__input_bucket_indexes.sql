-- Every input row has its bucket now (V90, V91; the ingest writes it with the row): required from
-- here on, and indexed for the reads of a month partition (com.jinpai.value.MonthInputs and
-- StarInputs), which take `value_bucket >= ? AND value_bucket < ?` into their WHERE. The same
-- indexes as on MySQL / MariaDB (mysql/V92, which says what each is for).
ALTER TABLE customer ALTER COLUMN value_bucket SET NOT NULL;
CREATE INDEX customer_bucket_idx ON customer (value_bucket);
ALTER TABLE bill_total ALTER COLUMN value_bucket SET NOT NULL;
CREATE INDEX bill_total_bucket_idx ON bill_total (bill_month, value_bucket);
ALTER TABLE usage_day ALTER COLUMN value_bucket SET NOT NULL;
CREATE INDEX usage_day_bucket_idx ON usage_day (usage_date, value_bucket);
ALTER TABLE payment ALTER COLUMN value_bucket SET NOT NULL;
DROP INDEX payment_value_idx;
CREATE INDEX payment_bucket_idx ON payment (value_bucket, customer_id, paid_at, amount);
