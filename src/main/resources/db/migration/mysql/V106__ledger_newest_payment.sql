-- The newest paid_at of each payments file loaded before V105: one pass over the payment table.
UPDATE ingest_file f
JOIN (SELECT file_id, MAX(paid_at) AS newest FROM payment GROUP BY file_id) p ON p.file_id = f.id
SET f.newest_at = p.newest
WHERE f.source = 'payments' AND f.status = 'LOADED';
