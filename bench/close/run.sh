#!/usr/bin/env bash
# The cold sequence a city runs, side by side on the same exports, in one invocation:
#   bench/close/run.sh DATA [all|duckdb|parse|mariadb|h2]
# DATA is an inbox made by `jinpai generate` (customers, billing/, payments/, usage/, ...).
#   (1) DuckDB (JDBC, from the CSVs: spend, 3-month average, tier, ranks, decile, percentile),
#   (2) Commons CSV alone over the bill lines (the parse every ingest pays),
#   (3) Jinpai on MariaDB: month-close of every bill month oldest first from an empty database,
#       then nightly on the open month (as of the newest usage day),
#   (4) the same on the embedded H2 database (its server process counted with the JVM);
#   after each sequence, the next night's nightly with one more day of usage (its own line, not in the sums;
#   BENCH_NEXT_DAY=off leaves it out).
# Per method: wall time, CPU seconds of the JVM and of the database server process (mariadbd:
# utime + stime from /proc/PID/stat before and after; the server is shared, so another client's
# work on it counts too), peak RSS, and the ratios of wall and CPU to DuckDB.
# MariaDB: $BENCH_DB (default jinpai_close_bench, dropped first) at 127.0.0.1:3306 as root.
# BENCH_JAR=/path/to/target/jinpai-app/jinpai.jar runs another version's jar instead of this tree's.
# H2_KEEP=DIR keeps the H2 run's folder (config, data/, output/) there instead of deleting it.
# MARIADB_KEEP=DIR keeps the MariaDB run's folder (config, output/ with the lists) there likewise.
set -euo pipefail
DATA=$(cd "${1:?usage: bench/close/run.sh DATA [all|duckdb|parse|mariadb|h2]}" && pwd)
WHAT=${2:-all}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH_DB=${BENCH_DB:-jinpai_close_bench}
JVM_OPTS=${JINPAI_JAVA_OPTS:--Xmx2g}
DUCKDB_VERSION=2.0.0.1   # bench only, fetched into the local Maven repository, not a project dependency
TICKS=$(getconf CLK_TCK)
cd "$ROOT"

echo "== $(date -u '+%F %T UTC'), load:$(uptime | sed 's/.*load average//')"
echo "== data $DATA: $(ls "$DATA"/billing | wc -l) bill files, $(cat "$DATA"/billing/*.csv | wc -l) bill lines," \
     "$(wc -l < "$DATA"/customers.csv) customer lines"

mvn -q -B -DskipTests package org.apache.maven.plugins:maven-dependency-plugin:build-classpath -Dmdep.outputFile=target/bench.classpath
rm -rf target/jinpai-app && java -Djarmode=tools -jar target/jinpai.jar extract --destination target/jinpai-app >/dev/null
# BENCH_JAR: an extracted jinpai.jar of another version, to compare versions under the same load
JAR=${BENCH_JAR:-$ROOT/target/jinpai-app/jinpai.jar}
# Class Data Sharing as ./jinpai uses it: an archive of the classes a start loads, made once per jar by a
# training run (on a throwaway embedded database, not timed) and mapped by every timed run. BENCH_CDS=off
# times the runs without it, as the figures before 2026-12-03 were.
JAVA_CDS=
if [[ ${BENCH_CDS:-on} != off ]]; then
    CDS_HOME=$(mktemp -d); cp -r config jobs "$CDS_HOME"/
    (cd "$CDS_HOME" && JINPAI_CWD="$CDS_HOME" java $JVM_OPTS -XX:ArchiveClassesAtExit="$CDS_HOME/jinpai.jsa" \
        -Dspring.context.exit=onRefresh -jar "$JAR" stop 0 > "$CDS_HOME/training.log" 2>&1) || true
    if [[ -s $CDS_HOME/jinpai.jsa ]]; then
        mv "$CDS_HOME/jinpai.jsa" "$ROOT/target/bench-close.jsa"
        JAVA_CDS="-XX:SharedArchiveFile=$ROOT/target/bench-close.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
        echo "== class archive: $(du -m "$ROOT/target/bench-close.jsa" | cut -f1) MB (BENCH_CDS=off for none)"
    else
        echo "== class archive: the training run failed (see $CDS_HOME/training.log); runs without"
    fi
    rm -rf "$CDS_HOME"
fi
MONTHS=$(ls "$DATA"/billing | sed -n 's/^bill_lines_\([0-9]\{4\}-[0-9]\{2\}\).*/\1/p' | sort -u)
LAST=$(echo "$MONTHS" | tail -1)
OPEN=$(date -d "$LAST-01 +1 month" +%Y-%m)
AS_OF=$(ls "$DATA"/usage | sed -n "s/^usage_\($OPEN-[0-9]\{2\}\).*/\1/p" | sort | tail -1)
AS_OF=${AS_OF:-$OPEN-01}

RESULTS=$(mktemp)
cpu_of() { # utime + stime of a process, in seconds
    [[ -n ${1:-} && -r /proc/$1/stat ]] || { echo 0; return; }
    awk -v t="$TICKS" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / t }' "/proc/$1/stat"
}
# measure NAME SERVER_PID_FUNCTION COMMAND...: one row of the result table
measure() {
    local name=$1 server=$2; shift 2
    local before after times
    before=$($server 2>/dev/null || true); before=$(cpu_of "$before")
    times=$(mktemp)
    /usr/bin/time -f "%e %U %S %M" -o "$times" "$@" > "$times.out" 2>&1 || { echo "$name FAILED:"; tail -5 "$times.out"; }
    after=$($server 2>/dev/null || true); after=$(cpu_of "$after")
    # A failed command adds "Command exited with non-zero status N" above the figures
    read -r wall user sys rss < <(tail -1 "$times")
    echo "$name $wall $(echo "$user + $sys" | bc) $(echo "$after - $before" | bc) $rss" >> "$RESULTS"
    printf "   %-32s %8.1f s wall %8.1f s JVM CPU %8.1f s server CPU %7d MB peak RSS\n" "$name" "$wall" \
        "$(echo "$user + $sys" | bc)" "$(echo "$after - $before" | bc)" $((rss / 1024))
    cp "$times.out" "$ROOT/target/bench-close-${name//[^a-zA-Z0-9.-]/_}.log"
    rm -f "$times" "$times.out"
}
no_server() { echo ""; }
mariadbd_pid() { pgrep -x mariadbd || pgrep -x mysqld; }
H2_HOME=
h2_pid() { pgrep -f "H2Server.*$H2_HOME" | head -1; }

if [[ $WHAT == all || $WHAT == duckdb ]]; then
    mvn -q -B dependency:get -Dartifact=org.duckdb:duckdb_jdbc:$DUCKDB_VERSION
    echo "== (1) DuckDB"
    measure duckdb no_server java -cp ~/.m2/repository/org/duckdb/duckdb_jdbc/$DUCKDB_VERSION/duckdb_jdbc-$DUCKDB_VERSION.jar \
        bench/value/DuckDbBench.java "$DATA"
fi
if [[ $WHAT == all || $WHAT == parse ]]; then
    echo "== (2) Commons CSV parse of the bill lines"
    measure csv-parse no_server java -Xmx512m -cp "target/classes:$(cat target/bench.classpath)" \
        bench/ingest/IngestBenchmark.java parse "$DATA"
fi
# sequence LABEL: month-close of every month, then nightly, in the current folder's settings
sequence() {
    local label=$1 month
    for month in $MONTHS; do
        measure "$label:close-$month" "$2" java $JVM_OPTS $JAVA_CDS -jar "$JAR" run month-close --month "$month" \
            --inbox "$DATA" --as-of "$(date -d "$month-01 +1 month +4 days" +%F)"
    done
    measure "$label:nightly-$OPEN" "$2" java $JVM_OPTS $JAVA_CDS -jar "$JAR" run nightly --month "$OPEN" --inbox "$DATA" \
        --as-of "$AS_OF"
    # The night after: one more day of usage (the newest day's file with its date moved on a day, in an inbox of
    # links to the same files), then the nightly that replaces the open month's estimate. Reported on its own line,
    # not summed into the sequence.
    local next_day next_inbox newest
    next_day=$(date -d "$AS_OF +1 day" +%F)
    newest=$(ls "$DATA"/usage/usage_"$AS_OF"*.csv 2>/dev/null | head -1)
    if [[ -n $newest && ${BENCH_NEXT_DAY:-on} != off ]]; then
        next_inbox=$(mktemp -d); cp -rs "$DATA"/. "$next_inbox"/
        sed "s/,$AS_OF,/,$next_day,/" "$newest" > "$next_inbox/usage/$(basename "${newest/$AS_OF/$next_day}")"
        measure "$label-next-day-nightly-$next_day" "$2" java $JVM_OPTS $JAVA_CDS -jar "$JAR" run nightly --month "$OPEN" \
            --inbox "$next_inbox" --as-of "$next_day"
        rm -rf "$next_inbox"
    fi
}
if [[ $WHAT == all || $WHAT == mariadb ]]; then
    echo "== (3) Jinpai on MariaDB ($BENCH_DB)"
    # the server's settings that decide a city's figures: a buffer pool smaller than a month's rows reads from disk
    mariadb -h127.0.0.1 -uroot -N -e "SELECT CONCAT('   server ', @@version, ', innodb_buffer_pool_size ',
        ROUND(@@innodb_buffer_pool_size / 1048576), ' MB, innodb_flush_log_at_trx_commit ',
        @@innodb_flush_log_at_trx_commit, ', innodb_log_file_size ', ROUND(@@innodb_log_file_size / 1048576), ' MB')"
    mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$BENCH_DB\`; CREATE DATABASE \`$BENCH_DB\` CHARACTER SET utf8mb4"
    WORK=$(mktemp -d); cp -r config jobs "$WORK"/
    (cd "$WORK" && export JINPAI_CWD="$WORK" SPRING_PROFILES_ACTIVE=mysql JINPAI_DB_USER=root JINPAI_DB_PASSWORD= \
        JINPAI_DB_URL="jdbc:mysql://127.0.0.1:3306/$BENCH_DB?rewriteBatchedStatements=true&allowLoadLocalInfile=true&useCursorFetch=true&characterEncoding=UTF-8&connectionTimeZone=SERVER" \
        && sequence mariadb mariadbd_pid)
    if [[ -n ${MARIADB_KEEP:-} ]]; then
        rm -rf "$MARIADB_KEEP"; mv "$WORK" "$MARIADB_KEEP"
    else
        rm -rf "$WORK"
    fi
fi
if [[ $WHAT == all || $WHAT == h2 ]]; then
    echo "== (4) Jinpai on H2"
    H2_HOME=$(mktemp -d); cp -r config jobs "$H2_HOME"/
    (cd "$H2_HOME" && export JINPAI_CWD="$H2_HOME" && sequence h2 h2_pid)
    if [[ -n ${H2_KEEP:-} ]]; then
        # kept for bench/close/compare-h2-tables.sh; its server exits after jinpai.h2-server.idle-timeout
        rm -rf "$H2_KEEP"; mv "$H2_HOME" "$H2_KEEP"
    else
        # the H2 server process leaves by itself once its data folder is gone
        rm -rf "$H2_HOME"
    fi
fi

echo "== summary (ratios to DuckDB; a sequence is the sum of its runs)"
awk '
    { split($1, part, ":"); key = (part[2] == "") ? $1 : part[1]; wall[key] += $2; cpu[key] += $3 + $4;
      if ($5 > rss[key]) rss[key] = $5; if (!(key in seen)) { order[++n] = key; seen[key] = 1 } }
    END { for (i = 1; i <= n; i++) { k = order[i];
            printf "   %-12s %8.1f s wall %8.1f s CPU (JVM + server) %6d MB peak RSS", k, wall[k], cpu[k], rss[k] / 1024;
            if (wall["duckdb"] > 0) printf "   %6.1fx wall %6.1fx CPU", wall[k] / wall["duckdb"], cpu[k] / cpu["duckdb"];
            printf "\n" } }' "$RESULTS"
rm -f "$RESULTS"
