#!/usr/bin/env bash
# Ingest benchmark, run by hand: bench/ingest/run.sh DIR [h2|mariadb|all]
#
# DIR is an inbox with billing/bill_lines_*.csv files (and customers*.csv: bill lines of unknown
# customers are rejected). Prints, for the bill-lines files under DIR:
#   (a) Commons CSV alone: parse time and lines/s (cold and warm JVM),
#   (b) ingest on H2 (a file database in a temporary folder): time, lines/s, peak heap,
#   (c) ingest on MariaDB/MySQL: same, in database $BENCH_DB (default jinpai_ingest_bench, dropped
#       first) at $BENCH_DB_HOST:$BENCH_DB_PORT as $BENCH_DB_USER (default 127.0.0.1:3306, root).
# JAVA_OPTS (default -Xmx512m) applies to every JVM: a run that completes in it shows that memory
# does not grow with the file.
set -euo pipefail

DIR=$(cd "${1:?usage: bench/ingest/run.sh DIR [h2|mariadb|all]}" && pwd)
WHAT=${2:-all}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
BENCH_DB=${BENCH_DB:-jinpai_ingest_bench}
BENCH_DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
BENCH_DB_PORT=${BENCH_DB_PORT:-3306}
BENCH_DB_USER=${BENCH_DB_USER:-root}
BENCH_DB_PASSWORD=${BENCH_DB_PASSWORD:-}

cd "$ROOT"
mvn -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="target/classes:$(cat target/bench.classpath)"
# bench MODE [JVM system properties...]
bench() {
    local mode=$1
    shift
    # shellcheck disable=SC2086
    java $JAVA_OPTS "$@" -cp "$CP" bench/ingest/IngestBenchmark.java "$mode" "$DIR"
}

echo "== bill lines under $DIR/billing: $(cat "$DIR"/billing/bill_lines_*.csv | wc -l) lines, $(du -ch "$DIR"/billing/bill_lines_*.csv | tail -1 | cut -f1)"
echo "== (a) Commons CSV alone"
bench parse

if [[ $WHAT == all || $WHAT == h2 ]]; then
    H2_DIR=$(mktemp -d)
    echo "== (b) ingest on H2 ($H2_DIR)"
    bench ingest "-Dspring.datasource.url=jdbc:h2:file:$H2_DIR/jinpai;MODE=MySQL;AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000" \
        || echo "H2 ingest failed"
    echo "H2 database size: $(du -sh "$H2_DIR" | cut -f1)"
    rm -rf "$H2_DIR"
fi

if [[ $WHAT == all || $WHAT == mariadb ]]; then
    echo "== (c) ingest on MariaDB/MySQL ($BENCH_DB_HOST:$BENCH_DB_PORT/$BENCH_DB)"
    mariadb -h"$BENCH_DB_HOST" -P"$BENCH_DB_PORT" -u"$BENCH_DB_USER" ${BENCH_DB_PASSWORD:+-p"$BENCH_DB_PASSWORD"} \
        -e "DROP DATABASE IF EXISTS \`$BENCH_DB\`"
    JINPAI_DB_URL="jdbc:mysql://$BENCH_DB_HOST:$BENCH_DB_PORT/$BENCH_DB?createDatabaseIfNotExist=true&rewriteBatchedStatements=true&useCursorFetch=true&characterEncoding=UTF-8" \
    JINPAI_DB_USER="$BENCH_DB_USER" JINPAI_DB_PASSWORD="$BENCH_DB_PASSWORD" \
        bench ingest -Dspring.profiles.active=mysql || echo "MariaDB ingest failed"
fi
