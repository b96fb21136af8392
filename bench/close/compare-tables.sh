#!/usr/bin/env bash
# Compares every output table of two MariaDB databases that ran the same sequence on the same inbox
# (e.g. two versions through bench/close/run.sh with BENCH_DB and BENCH_JAR): sorted dumps without
# ids and times, diffed; bill_line (older versions) against bill_total summed per month, customer and
# charge type; usage_daily (older versions) against usage_day per day and customer (rated amount per
# service, services held, any positive quantity); the star tables, the month summaries and the input
# checks where both databases have them.
#   bench/close/compare-tables.sh OLD_DB NEW_DB OUT_DIR   (exit 1 when any table differs)
set -uo pipefail
A=$1; B=$2; OUT=$3; mkdir -p $OUT
q() { mysql -uroot -h127.0.0.1 -N -B "$1" -e "$2" | LC_ALL=C sort; }
cols() { mysql -uroot -h127.0.0.1 -N -B -e "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema='$1' AND table_name='$2' AND column_name NOT IN ($3)"; }
has() { [ "$(mysql -uroot -h127.0.0.1 -N -B -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$1' AND table_name='$2'")" = 1 ]; }
status=0
tables="vip_assignment customer_month tier_history top_n_change segment_summary tier_migration vip_action value_month_state ingest_reject ingest_file customer account_manager complaint payment"
has $A usage_day && has $B usage_day && tables="$tables usage_day"
has $A usage_daily && has $B usage_daily && tables="$tables usage_daily"
has $A bill_total && has $B bill_total && tables="$tables bill_total"
# the star tables and the month summaries the report reads, where both versions have them
for t in star_history star_points value_month_summary value_month_tier value_month_pareto value_month_star_move input_check; do
  has $A $t && has $B $t && tables="$tables $t"
done
for t in $tables; do
  ex="'id','started_at','finished_at','evaluated_at','job_execution_id','line_no','created_at','updated_at','issued_at_time'"
  c=$(cols $A $t "$ex")
  # ingest_file ids follow the order files loaded in (months load side by side): a file by its name
  c=$(echo ",$c," | sed -e 's/,file_id,/,(SELECT f.file_name FROM ingest_file f WHERE f.id = x.file_id),/' \
      -e 's/,replaced_by,/,(SELECT f.file_name FROM ingest_file f WHERE f.id = x.replaced_by),/' -e 's/^,//; s/,$//')
  q $A "SELECT $c FROM $t x" > $OUT/$t.base
  q $B "SELECT $c FROM $t x" > $OUT/$t.new
  if cmp -s $OUT/$t.base $OUT/$t.new; then echo "$t: equal ($(wc -l < $OUT/$t.base) rows)"; else echo "$t: DIFFERENT"; diff $OUT/$t.base $OUT/$t.new | head -5; status=1; fi
done
if has $A bill_line; then
q $A "SELECT bill_month, customer_id, charge_type, CAST(ROUND(SUM(amount)*100) AS SIGNED) s FROM bill_line GROUP BY bill_month, customer_id, charge_type HAVING s <> 0" > $OUT/bills.base
q $B "SELECT bill_month, customer_id, t, v FROM (
 SELECT bill_month, customer_id, 'PLAN' t, plan_fen v FROM bill_total UNION ALL SELECT bill_month, customer_id, 'VOICE', voice_fen FROM bill_total
 UNION ALL SELECT bill_month, customer_id, 'SMS', sms_fen FROM bill_total UNION ALL SELECT bill_month, customer_id, 'DATA', data_fen FROM bill_total
 UNION ALL SELECT bill_month, customer_id, 'ROAMING', roaming_fen FROM bill_total UNION ALL SELECT bill_month, customer_id, 'VAS', vas_fen FROM bill_total
 UNION ALL SELECT bill_month, customer_id, 'EQUIPMENT', equipment_fen FROM bill_total UNION ALL SELECT bill_month, customer_id, 'DISCOUNT', discount_fen FROM bill_total
 UNION ALL SELECT bill_month, customer_id, 'ADJUSTMENT', adjustment_fen FROM bill_total UNION ALL SELECT bill_month, customer_id, 'REFUND', refund_fen FROM bill_total) x WHERE v <> 0" > $OUT/bills.new
if cmp -s $OUT/bills.base $OUT/bills.new; then echo "bill sums per month/customer/charge type: equal ($(wc -l < $OUT/bills.base) rows)"; else echo "bill sums: DIFFERENT"; diff $OUT/bills.base $OUT/bills.new | head; status=1; fi
fi
if has $A usage_daily && has $B usage_day; then
q $A "SELECT usage_date, customer_id, CAST(ROUND(SUM(CASE WHEN service = 'VOICE' THEN rated_amount ELSE 0 END) * 10000) AS SIGNED),
 CAST(ROUND(SUM(CASE WHEN service = 'SMS' THEN rated_amount ELSE 0 END) * 10000) AS SIGNED),
 CAST(ROUND(SUM(CASE WHEN service = 'DATA' THEN rated_amount ELSE 0 END) * 10000) AS SIGNED),
 CAST(ROUND(SUM(CASE WHEN service = 'ROAMING' THEN rated_amount ELSE 0 END) * 10000) AS SIGNED),
 SUM(CASE service WHEN 'VOICE' THEN 1 WHEN 'SMS' THEN 2 WHEN 'DATA' THEN 4 WHEN 'ROAMING' THEN 8 END), MAX(quantity > 0)
 FROM usage_daily GROUP BY usage_date, customer_id" > $OUT/usage.base
q $B "SELECT usage_date, customer_id, SUM(voice_rated), SUM(sms_rated), SUM(data_rated), SUM(roaming_rated), SUM(services), MAX(active)
 FROM usage_day GROUP BY usage_date, customer_id" > $OUT/usage.new
if cmp -s $OUT/usage.base $OUT/usage.new; then echo "usage per day/customer (rated per service, services, active): equal ($(wc -l < $OUT/usage.base) rows)"; else echo "usage: DIFFERENT"; diff $OUT/usage.base $OUT/usage.new | head; status=1; fi
fi
exit $status
