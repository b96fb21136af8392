-- What a run needs of a loaded file without reading it again or scanning its rows:
-- newest_at, the newest time among the rows a payments file holds (the newest paid_at), so the
-- input checks read the newest payment from the ledger; stat_key, the file's size, times and
-- identity on the file system when it loaded, so an unchanged file is skipped without hashing.
ALTER TABLE ingest_file ADD COLUMN newest_at TIMESTAMP NULL;
ALTER TABLE ingest_file ADD COLUMN stat_key VARCHAR(200);
