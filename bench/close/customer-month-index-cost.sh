#!/usr/bin/env bash
# What each index of customer_month costs on a month's write and saves on the actions' reads, at
# 1,000,000 rows a month (where a month no longer fits the server's buffer pool).
# Usage: bench/close/customer-month-index-cost.sh SOURCE_DB SCRATCH_DB
#   SOURCE_DB: a 100k run's database (its 2026-10 rows, ten times over with the customer id suffixed
#   0-9, make a 1M month); SCRATCH_DB is dropped and created.
# Per index set (all: PRIMARY + VIP + bucket, as the schema was before V122 dropped the bucket index;
# vip: PRIMARY + VIP, the schema since V122; pk: PRIMARY only; bucket: PRIMARY + bucket): the time of a month's INSERT ... SELECT in
# customer order into an empty table, then of the next month's on top; with all indexes also the
# release and assign reads with and without USE INDEX (customer_month_vip_idx); index sizes.
set -euo pipefail
SRC=${1:?source database}; DB=${2:?scratch database}
M="mysql -uroot -h127.0.0.1 -N -B"
ts() { local s e; s=$(date +%s.%N); $M "$DB" -e "$1" >/dev/null; e=$(date +%s.%N); echo "$2 $(echo "$e - $s" | bc) s"; }
$M -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB"
$M "$DB" -e "CREATE TABLE d (k CHAR(1) PRIMARY KEY); INSERT INTO d VALUES ('0'),('1'),('2'),('3'),('4'),('5'),('6'),('7'),('8'),('9');
CREATE TABLE src1m LIKE $SRC.customer_month; ALTER TABLE src1m DROP INDEX customer_month_vip_idx, DROP INDEX IF EXISTS customer_month_bucket_idx;
INSERT INTO src1m SELECT * FROM $SRC.customer_month WHERE bill_month='2026-10';
SET @cols = (SELECT GROUP_CONCAT(IF(column_name='customer_id','CONCAT(c.customer_id,d.k)', CONCAT('c.',column_name)) ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema='$SRC' AND table_name='customer_month');
CREATE TABLE big LIKE src1m;
SET @s = CONCAT('INSERT INTO big SELECT ', @cols, ' FROM src1m c JOIN d'); PREPARE p FROM @s; EXECUTE p;
CREATE TABLE big2 LIKE big; INSERT INTO big2 SELECT * FROM big; UPDATE big2 SET bill_month='2026-11';
CREATE TABLE va (customer_id VARCHAR(32) PRIMARY KEY) AS SELECT customer_id FROM big WHERE vip = TRUE"
for cfg in all vip pk bucket; do
  # the source may be of either schema: the bucket index goes, then comes back where the set has it
  $M "$DB" -e "DROP TABLE IF EXISTS t; CREATE TABLE t LIKE $SRC.customer_month;
    ALTER TABLE t DROP INDEX IF EXISTS customer_month_bucket_idx"
  case $cfg in
    all) $M "$DB" -e "ALTER TABLE t ADD INDEX customer_month_bucket_idx (bill_month, value_bucket)" ;;
    pk) $M "$DB" -e "ALTER TABLE t DROP INDEX customer_month_vip_idx" ;;
    bucket) $M "$DB" -e "ALTER TABLE t DROP INDEX customer_month_vip_idx, ADD INDEX customer_month_bucket_idx (bill_month, value_bucket)" ;;
  esac
  ts "INSERT INTO t SELECT * FROM big ORDER BY customer_id" "$cfg: first month"
  ts "INSERT INTO t SELECT * FROM big2 ORDER BY customer_id" "$cfg: second month"
  if [ $cfg = all ]; then
    for h in "USE INDEX (customer_month_vip_idx)" "USE INDEX (PRIMARY)"; do
      ts "SELECT COUNT(*) FROM va WHERE NOT EXISTS (SELECT 1 FROM t cm $h WHERE cm.customer_id = va.customer_id AND cm.bill_month = '2026-10' AND cm.vip = TRUE AND (cm.status IS NULL OR cm.status <> 'CLOSED'))" "release read, $h"
      ts "SELECT cm.customer_id, cm.region FROM t cm $h WHERE cm.bill_month = '2026-10' AND cm.vip = TRUE AND (cm.status IS NULL OR cm.status <> 'CLOSED') ORDER BY cm.avg_spend DESC, cm.customer_id" "assign read, $h"
    done
  fi
  $M -e "SELECT index_name, ROUND(stat_value*16/1024) FROM mysql.innodb_index_stats WHERE database_name='$DB' AND table_name='t' AND stat_name='size'" | sed "s/^/$cfg: size MB /"
  uptime
done
