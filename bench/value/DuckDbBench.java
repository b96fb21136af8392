import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * Baseline (b): DuckDB over the CSV files, in process through its JDBC driver: read customers
 * and bill lines, then spend, the 3-month average, tier (without grace), ranks, decile and percentile.
 *   java -cp duckdb_jdbc.jar bench/value/DuckDbBench.java DATA_DIR
 */
public class DuckDbBench {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "/work/bench-data/1m").toAbsolutePath();
        long all = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = connection.createStatement()) {
            step(sql, "read customers.csv", "CREATE TABLE customer AS SELECT customer_id, region, brand,"
                    + " CAST(join_date AS DATE) AS join_date, status FROM read_csv('" + data.resolve("customers.csv")
                    + "', header = true, all_varchar = true)");
            step(sql, "read billing/*.csv", "CREATE TABLE bill_line AS SELECT * FROM read_csv('"
                    + data.resolve("billing") + "/bill_lines_*.csv', header = true, columns = {'line_id': 'VARCHAR',"
                    + " 'customer_id': 'VARCHAR', 'bill_month': 'VARCHAR', 'charge_type': 'VARCHAR',"
                    + " 'amount': 'DECIMAL(19,2)'})");
            long compute = System.nanoTime();
            step(sql, "spend (GROUP BY)", "CREATE TABLE spend AS SELECT customer_id, bill_month, SUM(amount) AS spend"
                    + " FROM bill_line WHERE charge_type <> 'EQUIPMENT' GROUP BY customer_id, bill_month");
            step(sql, "average, tier, ranks (windows)", """
                    CREATE TABLE month_value AS
                    WITH months AS (SELECT DISTINCT bill_month FROM spend),
                    grid AS (
                      SELECT c.customer_id, c.region, c.brand, c.status, m.bill_month, COALESCE(s.spend, 0) AS spend
                      FROM customer c CROSS JOIN months m
                      LEFT JOIN spend s ON s.customer_id = c.customer_id AND s.bill_month = m.bill_month
                      WHERE strftime(c.join_date, '%Y-%m') <= m.bill_month),
                    averaged AS (
                      SELECT g.*, ROUND(AVG(spend) OVER (PARTITION BY customer_id ORDER BY bill_month
                          ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2) AS avg_spend
                      FROM grid g),
                    ranked AS (
                      SELECT a.*,
                        CASE WHEN status = 'CLOSED' THEN NULL ELSE ROW_NUMBER() OVER (PARTITION BY bill_month,
                          status = 'CLOSED' ORDER BY avg_spend DESC, customer_id) END AS rank_overall,
                        CASE WHEN status = 'CLOSED' THEN NULL ELSE ROW_NUMBER() OVER (PARTITION BY bill_month, region,
                          status = 'CLOSED' ORDER BY avg_spend DESC, customer_id) END AS rank_region,
                        CASE WHEN status = 'CLOSED' THEN NULL ELSE ROW_NUMBER() OVER (PARTITION BY bill_month, brand,
                          status = 'CLOSED' ORDER BY avg_spend DESC, customer_id) END AS rank_brand,
                        COUNT(*) OVER (PARTITION BY bill_month, status = 'CLOSED') AS ranked_customers
                      FROM averaged a)
                    SELECT customer_id, bill_month, spend, avg_spend,
                      CASE WHEN avg_spend >= 1000 THEN 'DIAMOND' WHEN avg_spend >= 500 THEN 'PLATINUM'
                           WHEN avg_spend >= 150 THEN 'GOLD' WHEN avg_spend >= 50 THEN 'SILVER' ELSE 'STANDARD' END AS tier,
                      rank_overall, rank_region, rank_brand,
                      CASE WHEN rank_overall IS NULL THEN NULL ELSE CEIL(10.0 * rank_overall / ranked_customers) END AS decile,
                      CASE WHEN rank_overall IS NULL THEN NULL ELSE ROUND(100.0 * (ranked_customers - rank_overall + 1)
                          / ranked_customers, 2) END AS percentile
                    FROM ranked""");
            System.out.printf(Locale.ROOT, "%-34s %6.1f s%n", "compute (spend..ranks)", (System.nanoTime() - compute) / 1e9);
            System.out.printf(Locale.ROOT, "%-34s %6.1f s%n", "total (read + compute)", (System.nanoTime() - all) / 1e9);
            try (ResultSet rs = sql.executeQuery("SELECT bill_month, tier, COUNT(*) FROM month_value"
                    + " GROUP BY ALL ORDER BY ALL")) {
                while (rs.next()) {
                    System.out.println(rs.getString(1) + "\t" + rs.getString(2) + "\t" + rs.getLong(3));
                }
            }
        }
    }

    private static void step(Statement sql, String what, String statement) throws Exception {
        long t0 = System.nanoTime();
        sql.execute(statement);
        System.out.printf(Locale.ROOT, "%-34s %6.1f s%n", what, (System.nanoTime() - t0) / 1e9);
    }
}
