#!/usr/bin/env bash
# The month evaluation with its partitions on local threads, on one `jinpai worker` and on two,
# side by side on the same exports:
#   bench/remote/run.sh DATA [PARTITIONS]
# DATA is an inbox made by `jinpai generate`. Per mode, from an empty MariaDB database of its own
# (${BENCH_DB:-jinpai_remote_bench}_local, _w1, _w2 at 127.0.0.1:3306 as root): one cold
# `run month-close` of the first bill month (ingest of every file, then every closed month
# evaluated in PARTITIONS partitions, default 4), its wall time, the value step's time from the
# run summary, the CPU seconds of the manager and of the workers; then CHECKSUM TABLE of the value
# tables of the three databases, which must agree. Needs RabbitMQ at 127.0.0.1:5672 (guest).
set -euo pipefail
DATA=$(cd "${1:?usage: bench/remote/run.sh DATA [PARTITIONS]}" && pwd)
PARTITIONS=${2:-4}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH_DB=${BENCH_DB:-jinpai_remote_bench}
TICKS=$(getconf CLK_TCK)
cd "$ROOT"
FIRST=$(ls "$DATA"/billing | sed -n 's/^bill_lines_\([0-9]\{4\}-[0-9]\{2\}\).*/\1/p' | sort -u | head -1)
echo "== $(date -u '+%F %T UTC'), load:$(uptime | sed 's/.*load average//')"
echo "== data $DATA: $(($(wc -l < "$DATA"/customers.csv) - 1)) customers, $(cat "$DATA"/billing/*.csv | wc -l) bill lines;" \
     "month-close $FIRST, $PARTITIONS partitions"
mvn -q -B -DskipTests package
rm -rf target/jinpai-app && java -Djarmode=tools -jar target/jinpai.jar extract --destination target/jinpai-app >/dev/null
JAR=$ROOT/target/jinpai-app/jinpai.jar
LOGS=$(mktemp -d)

cpu_of() { awk -v t="$TICKS" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / t }' "/proc/$1/stat" 2>/dev/null || echo 0; }

jinpai() { # DB REMOTE ARGS...: a jinpai process on database DB (exec: started with &, $! is the JVM)
    local db=$1 remote=$2; shift 2
    SPRING_PROFILES_ACTIVE=mysql JINPAI_DB_USER=root JINPAI_DB_PASSWORD= \
    JINPAI_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?createDatabaseIfNotExist=true&rewriteBatchedStatements=true&allowLoadLocalInfile=true&useCursorFetch=true&characterEncoding=UTF-8&connectionTimeZone=SERVER" \
    JINPAI_PARTITIONS_COUNT=$PARTITIONS JINPAI_REMOTE_ENABLED=$remote JINPAI_REMOTE_QUEUE="jinpai.bench.$db" \
    JINPAI_OUTPUT_DIR="$LOGS/out-$db" exec java -Xmx2g -jar "$JAR" "$@"
}

run_mode() { # NAME WORKERS
    local name=$1 workers=$2 db=${BENCH_DB}_$1 remote=false pids=() cpu=0
    mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db"
    [[ $workers -gt 0 ]] && remote=true
    if [[ $workers -gt 0 ]]; then
        (jinpai "$db" true status >/dev/null)   # creates the schema before the workers race for it
        for i in $(seq 1 "$workers"); do
            jinpai "$db" true worker >"$LOGS/$name-worker$i.log" 2>&1 & pids+=($!)
        done
        until [[ $(mariadb -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM $db.value_worker") == "$workers" ]]; do sleep 1; done
    fi
    local start=$(date +%s.%N)
    jinpai "$db" "$remote" run month-close --month "$FIRST" --inbox "$DATA" >"$LOGS/$name.log" 2>&1 & local run=$!
    local manager=0
    while kill -0 "$run" 2>/dev/null; do
        local now=$(cpu_of "$run"); [[ $now != 0 ]] && manager=$now
        sleep 1
    done
    wait "$run" || { echo "$name: run failed"; tail -5 "$LOGS/$name.log"; exit 1; }
    local wall=$(echo "$(date +%s.%N) - $start" | bc)
    for p in "${pids[@]}"; do cpu=$(echo "$cpu + $(cpu_of "$p")" | bc); kill -TERM "$p"; done   # a clean stop
    for p in "${pids[@]}"; do wait "$p" || true; done
    local step=$(grep -E '^\s+valueMonthCloseStep' "$LOGS/$name.log" | grep -oE '([0-9]+ min )?[0-9.]+ s$' | tail -1)
    local ran=$(grep -h 'running valueMonthPartitionStep' "$LOGS/$name"-worker*.log 2>/dev/null | wc -l)
    printf "%-7s wall %7.1f s   valueMonthCloseStep %9s   manager CPU %6s s   workers CPU %6s s   partitions on workers %s\n" \
        "$name" "$wall" "$step" "$manager" "$cpu" "$ran"
}

run_mode local 0
run_mode w1 1
run_mode w2 2
echo "== CHECKSUM TABLE (must agree)"
for t in customer_month tier_history top_n_change segment_summary tier_migration; do
    printf "%-16s" "$t"
    for m in local w1 w2; do
        printf " %14s" "$(mariadb -h127.0.0.1 -uroot -N -e "CHECKSUM TABLE ${BENCH_DB}_$m.$t" | awk '{print $2}')"
    done
    echo
done
echo "== logs in $LOGS"
