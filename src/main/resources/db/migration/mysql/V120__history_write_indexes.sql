-- The indexes of the partitions' history writes (com.jinpai.value.OwnRows), measured on a
-- 1,000,000-customer database (bench/README.md, "The partitions' history and star writes"):
-- - The rows a re-evaluation reopens (effective_to on or after the month's end) were found through
--   (value_bucket, effective_to): a range on the bucket alone, so every evaluation of a partition
--   scanned its buckets' whole index (about 490,000 tier_history and 420,000 star_history entries
--   at a million customers) to find none in a first evaluation. By (effective_to, value_bucket) the
--   range is the rows to reopen and the bucket a filter in the index.
-- - star_history_evaluated_idx (evaluated_month) is a prefix of star_history_bucket_idx
--   (evaluated_month, value_bucket), which serves every read and delete by evaluated_month: the
--   shorter one only cost an entry per row on every write.
DROP INDEX tier_history_bucket_idx ON tier_history;
CREATE INDEX tier_history_reopen_idx ON tier_history (effective_to, value_bucket);
DROP INDEX star_history_reopen_idx ON star_history;
CREATE INDEX star_history_reopen_idx ON star_history (effective_to, value_bucket);
DROP INDEX star_history_evaluated_idx ON star_history;
