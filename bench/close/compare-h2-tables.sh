#!/usr/bin/env bash
# Compares every output table of two H2 databases that ran the same sequence on the same inbox
# (two versions through bench/close/run.sh with BENCH_JAR and H2_KEEP): sorted dumps without ids and
# times (bench/close/H2TableDump.java), diffed.  Their servers must have exited (or been stopped).
#   bench/close/compare-h2-tables.sh OLD_FOLDER NEW_FOLDER OUT_DIR   (exit 1 when any table differs)
set -uo pipefail
A=$1; B=$2; OUT=$3; mkdir -p "$OUT"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
H2_JAR=$(ls "$ROOT"/target/jinpai-app/lib/h2-*.jar | head -1)
TABLES="vip_assignment customer_month tier_history star_history top_n_change segment_summary tier_migration vip_action
  value_month_state ingest_reject ingest_file customer account_manager complaint payment usage_daily bill_total"
java -cp "$H2_JAR" "$ROOT/bench/close/H2TableDump.java" "$A/data/jinpai" "$OUT/base" $TABLES || exit 2
java -cp "$H2_JAR" "$ROOT/bench/close/H2TableDump.java" "$B/data/jinpai" "$OUT/new" $TABLES || exit 2
status=0
for t in $TABLES; do
  if cmp -s "$OUT/base/$t" "$OUT/new/$t"; then echo "$t: equal ($(wc -l < "$OUT/base/$t") rows)"
  else echo "$t: DIFFERENT"; diff "$OUT/base/$t" "$OUT/new/$t" | head -5; status=1; fi
done
exit $status
