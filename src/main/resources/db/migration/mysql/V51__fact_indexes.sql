-- Only the indexes the reads need. Payments are read by paid_at range for every customer at once
-- and looked up by payment_id (the key); usage by usage_date range. A corrected file's rows are
-- deleted by file_id, a rare repair that may scan the table instead of costing an index entry per
-- row on every load.
DROP INDEX payment_customer_idx ON payment;
DROP INDEX payment_file_idx ON payment;
DROP INDEX usage_daily_file_idx ON usage_daily;
