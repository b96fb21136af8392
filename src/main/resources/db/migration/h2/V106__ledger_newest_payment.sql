-- The newest paid_at of each payments file loaded before V105.
UPDATE ingest_file SET newest_at = (SELECT MAX(p.paid_at) FROM payment p WHERE p.file_id = ingest_file.id)
WHERE source = 'payments' AND status = 'LOADED';
