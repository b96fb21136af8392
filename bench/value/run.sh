#!/usr/bin/env bash
# Customer-value benchmark, by hand: month-close for each bill month from a cold database, then
# one nightly estimate, on H2 (file database) and/or MariaDB, on a generated data set.
#
#   bench/value/run.sh [h2|mariadb|both] [DATA_DIR]
#
# DATA_DIR defaults to /work/bench-data/1m (3 bill months 2026-08..10, usage up to 2026-11-01).
# The JVM gets -Xmx2g (HEAP=... to change): finishing under it is the heap goal; the printed
# peaks are the highest heap occupancy sampled every 50 ms.
set -euo pipefail
cd "$(dirname "$0")/../.."
WHICH="${1:-both}"
DATA="${2:-/work/bench-data/1m}"
MONTHS="${MONTHS:-2026-08,2026-09,2026-10}"
OPEN="${OPEN:-2026-11}"
AS_OF="${AS_OF:-2026-11-01}"

mvn -q -B -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
# a copy of the classes, so that rebuilding the project during a long run cannot change them
rm -rf target/bench-app-classes && cp -r target/classes target/bench-app-classes
CP="target/bench-app-classes:$(cat target/cp.txt)"
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$CP" bench/value/ValueBench.java

run() {
  /usr/bin/time -f "process: %e s wall, %M KB max RSS" \
    java -Xmx"${HEAP:-2g}" -cp "target/bench-classes:$CP" com.jinpai.bench.ValueBench "$1" "$DATA" "$MONTHS" "$OPEN" "$AS_OF"
}
if [[ "$WHICH" == "h2" || "$WHICH" == "both" ]]; then run h2; fi
if [[ "$WHICH" == "mariadb" || "$WHICH" == "both" ]]; then run mariadb; fi
