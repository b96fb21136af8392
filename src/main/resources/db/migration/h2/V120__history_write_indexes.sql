-- The same indexes as on MySQL / MariaDB (mysql/V120, which says why): the rows to reopen by
-- (effective_to, value_bucket), and no index that is a prefix of star_history_bucket_idx.
DROP INDEX tier_history_bucket_idx;
CREATE INDEX tier_history_reopen_idx ON tier_history (effective_to, value_bucket);
DROP INDEX star_history_reopen_idx;
CREATE INDEX star_history_reopen_idx ON star_history (effective_to, value_bucket);
DROP INDEX star_history_evaluated_idx;
