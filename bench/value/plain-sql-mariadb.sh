#!/usr/bin/env bash
# Baseline (a): the same month-close figures in plain SQL on MariaDB, no application:
# LOAD DATA LOCAL INFILE of customers and bill lines, INSERT ... SELECT ... GROUP BY for spend,
# window functions for the 3-month average, tier (without grace) and ranks.
#   bench/value/plain-sql-mariadb.sh [DATA_DIR]
set -euo pipefail
DATA="${1:-/work/bench-data/1m}"
DB=jinpai_plain
SQL="mariadb --local-infile=1 -uroot -h127.0.0.1"
CSV="CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\r\n' IGNORE 1 LINES"

$SQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
step() { local t0=$(date +%s.%N); $SQL $DB -e "$2"; printf "%-34s %6.1f s\n" "$1" "$(echo "$(date +%s.%N) - $t0" | bc)"; }
t_all=$(date +%s.%N)

step "create tables" "
CREATE TABLE customer (customer_id VARCHAR(32) PRIMARY KEY, region VARCHAR(64), brand VARCHAR(32),
  join_date DATE NOT NULL, status VARCHAR(16) NOT NULL);
CREATE TABLE bill_line (line_id VARCHAR(64) PRIMARY KEY, customer_id VARCHAR(32) NOT NULL,
  bill_month CHAR(7) NOT NULL, charge_type VARCHAR(16) NOT NULL, amount DECIMAL(19,2) NOT NULL);"
step "load customers" "LOAD DATA LOCAL INFILE '$DATA/customers.csv' INTO TABLE customer $CSV
  (customer_id, @name, @msisdn, brand, region, @customer_type, @group_id, join_date, status)"
for f in "$DATA"/billing/bill_lines_*.csv; do
  step "load $(basename "$f")" "LOAD DATA LOCAL INFILE '$f' INTO TABLE bill_line $CSV
    (line_id, customer_id, bill_month, charge_type, amount)"
done
t_compute=$(date +%s.%N)
step "spend (INSERT...SELECT GROUP BY)" "
CREATE TABLE spend (customer_id VARCHAR(32) NOT NULL, bill_month CHAR(7) NOT NULL, spend DECIMAL(19,2) NOT NULL,
  PRIMARY KEY (customer_id, bill_month));
INSERT INTO spend SELECT customer_id, bill_month, SUM(amount) FROM bill_line
  WHERE charge_type <> 'EQUIPMENT' GROUP BY customer_id, bill_month;"
step "average, tier, ranks (windows)" "
CREATE TABLE month_value (customer_id VARCHAR(32) NOT NULL, bill_month CHAR(7) NOT NULL, spend DECIMAL(19,2),
  avg_spend DECIMAL(19,2), tier VARCHAR(16), rank_overall INT, rank_region INT, rank_brand INT,
  PRIMARY KEY (bill_month, customer_id));
INSERT INTO month_value
WITH months AS (SELECT DISTINCT bill_month FROM spend),
grid AS (
  SELECT c.customer_id, c.region, c.brand, c.status, m.bill_month, COALESCE(s.spend, 0) AS spend
  FROM customer c CROSS JOIN months m
  LEFT JOIN spend s ON s.customer_id = c.customer_id AND s.bill_month = m.bill_month
  WHERE DATE_FORMAT(c.join_date, '%Y-%m') <= m.bill_month),
averaged AS (
  SELECT g.*, ROUND(AVG(spend) OVER (PARTITION BY customer_id ORDER BY bill_month
      ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2) AS avg_spend
  FROM grid g),
ranked AS (
  SELECT a.*,
    CASE WHEN status = 'CLOSED' THEN NULL ELSE ROW_NUMBER() OVER (PARTITION BY bill_month, status = 'CLOSED'
      ORDER BY avg_spend DESC, customer_id COLLATE utf8mb4_bin) END AS rank_overall,
    CASE WHEN status = 'CLOSED' THEN NULL ELSE ROW_NUMBER() OVER (PARTITION BY bill_month, region, status = 'CLOSED'
      ORDER BY avg_spend DESC, customer_id COLLATE utf8mb4_bin) END AS rank_region,
    CASE WHEN status = 'CLOSED' THEN NULL ELSE ROW_NUMBER() OVER (PARTITION BY bill_month, brand, status = 'CLOSED'
      ORDER BY avg_spend DESC, customer_id COLLATE utf8mb4_bin) END AS rank_brand
  FROM averaged a)
SELECT customer_id, bill_month, spend, avg_spend,
  CASE WHEN avg_spend >= 1000 THEN 'DIAMOND' WHEN avg_spend >= 500 THEN 'PLATINUM' WHEN avg_spend >= 150 THEN 'GOLD'
       WHEN avg_spend >= 50 THEN 'SILVER' ELSE 'STANDARD' END,
  rank_overall, rank_region, rank_brand
FROM ranked;"
printf "%-34s %6.1f s\n" "compute (spend..ranks)" "$(echo "$(date +%s.%N) - $t_compute" | bc)"
printf "%-34s %6.1f s\n" "total (load + compute)" "$(echo "$(date +%s.%N) - $t_all" | bc)"
$SQL $DB -e "SELECT bill_month, tier, COUNT(*) FROM month_value GROUP BY bill_month, tier ORDER BY bill_month, tier"
