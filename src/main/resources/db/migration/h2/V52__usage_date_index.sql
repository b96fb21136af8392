-- usage_daily_value_idx (usage_date, customer_id, service, quantity, rated_amount) serves every
-- usage read; the index on usage_date alone is its prefix, one more entry per row for nothing.
DROP INDEX usage_daily_date_idx;
