-- The star tables are written per partition like customer_month and tier_history: each row keeps
-- its customer's bucket (CRC-32 of the id mod 1024), so a partition rewrites only its own rows.
ALTER TABLE star_history ADD COLUMN value_bucket INT;
ALTER TABLE star_points ADD COLUMN value_bucket INT;
CREATE INDEX star_history_bucket_idx ON star_history (evaluated_month, value_bucket);
