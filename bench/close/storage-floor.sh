#!/usr/bin/env bash
# What the database server alone spends storing the rows a cold sequence leaves behind: the floor
# under any Jinpai of this schema on this server, whatever Jinpai computes or how it streams.
# Usage: bench/close/storage-floor.sh SOURCE_DB SCRATCH_DB
#   SOURCE_DB: the database of a finished `bench/close/run.sh DATA mariadb` (MARIADB_KEEP or BENCH_DB
#   keeps it); SCRATCH_DB is dropped and created.
# Per table that the sequence fills: its rows are exported in primary-key order (not timed), then
# loaded with `LOAD DATA LOCAL INFILE` (one statement per FLOOR_CHUNK rows, default 1,000,000) into
# an empty copy with the same indexes (CREATE TABLE ... LIKE), the way Jinpai streams its large writes; the wall time and the server's CPU seconds
# (/proc/PID/stat of mariadbd) of each load, then the sums. Run it alone: the server's CPU is
# counted whole, another client's work included.
set -euo pipefail
SRC=${1:?source database}; DB=${2:?scratch database}
M="mariadb -uroot -h127.0.0.1 -N -B"
PID=$(pgrep -x mariadbd || pgrep -x mysqld)
TICKS=$(getconf CLK_TCK)
CHUNK=${FLOOR_CHUNK:-1000000}   # rows per LOAD DATA statement: about one month of customer_month at 1M customers
DIR=$(mktemp -d /tmp/storage-floor.XXXXXX)
chmod 777 "$DIR"
trap 'rm -rf "$DIR"' EXIT
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }

$M -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4"
$M -e "SELECT CONCAT('server ', @@version, ', innodb_buffer_pool_size ', ROUND(@@innodb_buffer_pool_size / 1048576),
    ' MB, innodb_flush_log_at_trx_commit ', @@innodb_flush_log_at_trx_commit, ', innodb_log_file_size ',
    ROUND(@@innodb_log_file_size / 1048576), ' MB')"
# the tables with rows, largest first, except the job repository's, Quartz's and Flyway's
TABLES=$($M -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$SRC'
    AND table_type = 'BASE TABLE' AND table_rows > 0 AND table_name NOT LIKE 'batch\\_%'
    AND table_name NOT LIKE 'qrtz\\_%' AND table_name <> 'flyway_schema_history'
    ORDER BY data_length DESC")
printf '%-22s %12s %9s %9s %11s\n' table rows MB wall "server CPU"
total_wall=0; total_cpu=0; total_rows=0
for t in $TABLES; do
    key=$($M -e "SELECT GROUP_CONCAT(column_name ORDER BY seq_in_index) FROM information_schema.statistics
        WHERE table_schema = '$SRC' AND table_name = '$t' AND index_name = 'PRIMARY'")
    order=""; [[ $key != NULL && -n $key ]] && order="ORDER BY $key"
    $M "$SRC" -e "SELECT * FROM \`$t\` $order INTO OUTFILE '$DIR/$t.tsv'"
    $M "$DB" -e "CREATE TABLE \`$t\` LIKE \`$SRC\`.\`$t\`"
    split -l "$CHUNK" -d -a 4 "$DIR/$t.tsv" "$DIR/$t.part."
    c0=$(cpu); w0=$(date +%s.%N)
    # in pieces of FLOOR_CHUNK rows, each its own statement and commit, as Jinpai writes a month at a time
    for piece in "$DIR/$t".part.*; do
        $M --local-infile=1 "$DB" -e "LOAD DATA LOCAL INFILE '$piece' INTO TABLE \`$t\`"
    done
    w1=$(date +%s.%N); c1=$(cpu)
    rows=$($M "$DB" -e "SELECT COUNT(*) FROM \`$t\`")
    mb=$(du -m "$DIR/$t.tsv" | cut -f1)
    wall=$(echo "$w1 - $w0" | bc); scpu=$(echo "scale=2; ($c1 - $c0) / $TICKS" | bc)
    printf '%-22s %12s %9s %8.1fs %10.1fs\n' "$t" "$rows" "$mb" "$wall" "$scpu"
    total_wall=$(echo "$total_wall + $wall" | bc); total_cpu=$(echo "$total_cpu + $scpu" | bc)
    total_rows=$((total_rows + rows))
    rm -f "$DIR/$t.tsv" "$DIR/$t".part.*
done
printf '%-22s %12s %9s %8.1fs %10.1fs\n' "all tables" "$total_rows" "" "$total_wall" "$total_cpu"
uptime
