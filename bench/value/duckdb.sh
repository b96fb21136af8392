#!/usr/bin/env bash
# Baseline (b): DuckDB (JDBC driver, bench only: fetched into the local Maven repository, not a
# project dependency) computing spend, average, tier and ranks from the CSV files.
#   bench/value/duckdb.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=2.0.0.1   # the release on Maven Central when this was written
mvn -q -B dependency:get -Dartifact=org.duckdb:duckdb_jdbc:$VERSION
JAR=~/.m2/repository/org/duckdb/duckdb_jdbc/$VERSION/duckdb_jdbc-$VERSION.jar
/usr/bin/time -f "process: %e s wall, %M KB max RSS" java -cp "$JAR" bench/value/DuckDbBench.java "${1:-/work/bench-data/1m}"
