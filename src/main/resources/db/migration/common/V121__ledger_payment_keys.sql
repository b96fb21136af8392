-- The smallest and largest payment_id a payments file put in (by Java's string order), so that a
-- corrected file's earlier rows are deleted through the key's range instead of scanning payment,
-- which has no index on file_id (an index costs an entry per row on every load; V51). NULL for a
-- file loaded before: its rows are deleted by a scan, as before.
ALTER TABLE ingest_file ADD COLUMN first_key VARCHAR(64);
ALTER TABLE ingest_file ADD COLUMN last_key VARCHAR(64);
