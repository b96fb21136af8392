package com.jinpai.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.jinpai.JinpaiApplication;
import com.jinpai.value.ValueSummaryQuery;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * By hand, not a test: loads a generated data set into an empty database with the database's
 * own bulk loader (a stand-in for the ingest), then times month-close for each bill month in
 * order and one nightly estimate, printing wall time and heap peaks. See run.sh.
 *
 * <pre>
 * ValueBench h2|mariadb DATA_DIR MONTHS(a,b,c) OPEN_MONTH AS_OF
 * </pre>
 */
public final class ValueBench {

    private static final String MARIADB_DATABASE = "jinpai_bench";

    private ValueBench() {
    }

    public static void main(String[] args) throws Exception {
        String db = args[0];
        Path data = Path.of(args[1]).toAbsolutePath();
        String[] months = args[2].split(",");
        String openMonth = args[3];
        String asOf = args[4];

        // REUSE=1 keeps the loaded database (after a code change) and only clears the value tables
        boolean reuse = "1".equals(System.getenv("REUSE"));
        Map<String, Object> properties = new LinkedHashMap<>();
        if (reuse) {
            properties.put("spring.flyway.validate-on-migrate", "false");
        }
        if (db.equals("mariadb")) {
            try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "");
                    Statement statement = connection.createStatement()) {
                if (reuse) {
                    statement.execute("CREATE DATABASE IF NOT EXISTS " + MARIADB_DATABASE);
                }
                else {
                    statement.execute("DROP DATABASE IF EXISTS " + MARIADB_DATABASE);
                    statement.execute("CREATE DATABASE " + MARIADB_DATABASE + " CHARACTER SET utf8mb4");
                }
            }
            properties.put("spring.datasource.url", "jdbc:mysql://127.0.0.1:3306/" + MARIADB_DATABASE
                    + "?rewriteBatchedStatements=true&allowLoadLocalInfile=true&useCursorFetch=true"
                    + "&characterEncoding=UTF-8");
            properties.put("spring.datasource.username", "root");
            properties.put("spring.datasource.password", "");
            properties.put("spring.batch.jdbc.isolation-level-for-create", "read-committed");
        }
        else {
            Path dir = Path.of("/tmp/jinpai-bench-h2");
            if (Files.exists(dir) && !reuse) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            properties.put("spring.datasource.url", "jdbc:h2:file:" + dir + "/jinpai;MODE=MySQL;LOCK_TIMEOUT=60000");
        }
        // command-line arguments: they outrank ./config/application.yml, default properties do not
        properties.put("logging.level.com.jinpai", "INFO");

        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JinpaiApplication.class)
                .web(WebApplicationType.NONE)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        System.out.printf(Locale.ROOT, "context + Flyway: %.1f s%n", seconds(started));

        DataSource dataSource = context.getBean(DataSource.class);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        started = System.nanoTime();
        if (reuse) {
            for (String table : new String[] {"customer_month", "tier_history", "top_n_change", "segment_summary",
                    "tier_migration", "value_month_state"}) {
                jdbc.execute("DELETE FROM " + table);
            }
            System.out.printf(Locale.ROOT, "reusing the loaded data; value tables emptied in %.1f s%n",
                    seconds(started));
        }
        else if (db.equals("mariadb")) {
            loadMariaDb(jdbc, data, months);
        }
        else {
            loadH2(jdbc, data, months);
        }
        if (!reuse) {
            System.out.printf(Locale.ROOT, "load (bulk loader, not measured against the goal): %.1f s%n",
                    seconds(started));
        }
        System.out.printf(Locale.ROOT, "rows: customer %,d, bill_line %,d, payment %,d, usage_daily %,d%n",
                count(jdbc, "customer"), count(jdbc, "bill_line"), count(jdbc, "payment"), count(jdbc, "usage_daily"));

        JobRepository repository = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        Job monthClose = new JobBuilder("benchMonthCloseJob", repository)
                .start(context.getBean("monthCloseValueFlow", Flow.class)).end().build();
        Job nightly = new JobBuilder("benchNightlyJob", repository)
                .start(context.getBean("nightlyValueFlow", Flow.class)).end().build();

        // The three months are loaded (closed) at once, so one month-close for the last of them
        // evaluates all three in month order; the log has one timing line per month.
        long run = System.currentTimeMillis();
        resetPeaks();
        long t0 = System.nanoTime();
        String last = months[months.length - 1];
        JobExecution closed = operator.start(monthClose, new JobParametersBuilder().addString("month", last)
                .addLong("bench", run).toJobParameters());
        System.out.printf(Locale.ROOT, "RESULT %s month-close of %d months from cold: %s in %.1f s, heap peak %,d MB%n",
                db, months.length, closed.getStatus(), seconds(t0), heapPeakMb());

        resetPeaks();
        t0 = System.nanoTime();
        JobExecution again = operator.start(monthClose, new JobParametersBuilder().addString("month", last)
                .addLong("bench", run + 1).toJobParameters());
        System.out.printf(Locale.ROOT, "RESULT %s month-close %s again (rewrites one month): %s in %.1f s,"
                + " heap peak %,d MB%n", db, last, again.getStatus(), seconds(t0), heapPeakMb());

        resetPeaks();
        t0 = System.nanoTime();
        JobExecution execution = operator.start(nightly, new JobParametersBuilder().addString("month", openMonth)
                .addString("asOf", asOf).addLong("bench", run).toJobParameters());
        System.out.printf(Locale.ROOT, "RESULT %s nightly %s on %s: %s in %.1f s, heap peak %,d MB%n", db, openMonth,
                asOf, execution.getStatus(), seconds(t0), heapPeakMb());

        ValueSummaryQuery summaries = context.getBean(ValueSummaryQuery.class);
        System.out.println(summaries.forMonth(YearMonth.parse(months[months.length - 1])));
        System.out.println(summaries.forMonth(YearMonth.parse(openMonth)));
        context.close();
    }

    private static void loadMariaDb(JdbcTemplate jdbc, Path data, String[] months) {
        String csv = " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"'"
                + " LINES TERMINATED BY '\\r\\n' IGNORE 1 LINES ";
        timed("customers", () -> jdbc.execute("LOAD DATA LOCAL INFILE '" + data.resolve("customers.csv")
                + "' INTO TABLE customer" + csv
                + "(customer_id, name, msisdn, brand, region, customer_type, @group_id, join_date, status)"
                + " SET group_id = NULLIF(@group_id, ''), file_id = 0"));
        for (String month : months) {
            long file = ledger(jdbc, month);
            timed("bill lines " + month, () -> jdbc.execute("LOAD DATA LOCAL INFILE '"
                    + data.resolve("billing/bill_lines_" + month + ".csv") + "' INTO TABLE bill_line" + csv
                    + "(line_id, customer_id, bill_month, charge_type, amount) SET file_id = " + file));
        }
        for (Path file : files(data.resolve("payments"))) {
            timed(file.getFileName().toString(), () -> jdbc.execute("LOAD DATA LOCAL INFILE '" + file
                    + "' INTO TABLE payment" + csv + "(payment_id, customer_id, @paid_at, amount, channel)"
                    + " SET paid_at = STR_TO_DATE(@paid_at, '%Y-%m-%dT%H:%i:%s'), file_id = 0"));
        }
        for (Path file : files(data.resolve("usage"))) {
            timed(file.getFileName().toString(), () -> jdbc.execute("LOAD DATA LOCAL INFILE '" + file
                    + "' INTO TABLE usage_daily" + csv
                    + "(customer_id, usage_date, service, quantity, unit, rated_amount) SET file_id = 0"));
        }
    }

    private static void loadH2(JdbcTemplate jdbc, Path data, String[] months) {
        timed("customers", () -> jdbc.execute("INSERT INTO customer (customer_id, name, msisdn, brand, region,"
                + " customer_type, group_id, join_date, status, file_id) SELECT customer_id, name, msisdn, brand, region,"
                + " customer_type, NULLIF(group_id, ''), CAST(join_date AS DATE), status, 0 FROM CSVREAD('"
                + data.resolve("customers.csv") + "', NULL, 'charset=UTF-8')"));
        for (String month : months) {
            long file = ledger(jdbc, month);
            timed("bill lines " + month, () -> jdbc.execute("INSERT INTO bill_line (line_id, customer_id, bill_month,"
                    + " charge_type, amount, file_id) SELECT line_id, customer_id, bill_month, charge_type,"
                    + " CAST(amount AS DECIMAL(19,2)), " + file + " FROM CSVREAD('"
                    + data.resolve("billing/bill_lines_" + month + ".csv") + "', NULL, 'charset=UTF-8')"));
        }
        for (Path file : files(data.resolve("payments"))) {
            timed(file.getFileName().toString(), () -> jdbc.execute("INSERT INTO payment (payment_id, customer_id,"
                    + " paid_at, amount, channel, file_id) SELECT payment_id, customer_id, CAST(paid_at AS TIMESTAMP),"
                    + " CAST(amount AS DECIMAL(19,2)), channel, 0 FROM CSVREAD('" + file + "', NULL, 'charset=UTF-8')"));
        }
        for (Path file : files(data.resolve("usage"))) {
            timed(file.getFileName().toString(), () -> jdbc.execute("INSERT INTO usage_daily (customer_id, usage_date,"
                    + " service, quantity, unit, rated_amount, file_id) SELECT customer_id, CAST(usage_date AS DATE),"
                    + " service, CAST(quantity AS DECIMAL(19,3)), unit, CAST(rated_amount AS DECIMAL(19,4)), 0"
                    + " FROM CSVREAD('" + file + "', NULL, 'charset=UTF-8')"));
        }
    }

    /** The ledger row that makes a bill month closed, as the ingest writes it. */
    private static long ledger(JdbcTemplate jdbc, String month) {
        jdbc.update("INSERT INTO ingest_file (source, file_name, checksum, size_bytes, bill_month, status)"
                + " VALUES ('bill-lines', ?, ?, 0, ?, 'LOADED')", "billing/bill_lines_" + month + ".csv",
                String.format(Locale.ROOT, "%064d", month.hashCode() & 0x7fffffff), month);
        return jdbc.queryForObject("SELECT MAX(id) FROM ingest_file", Long.class);
    }

    private static java.util.List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void timed(String what, Runnable action) {
        long t0 = System.nanoTime();
        action.run();
        System.out.printf(Locale.ROOT, "  loaded %-28s %.1f s%n", what, seconds(t0));
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static final java.util.concurrent.atomic.AtomicLong PEAK_USED = new java.util.concurrent.atomic.AtomicLong();

    static {
        // The heap pools' own peaks are taken at different moments and their sum can exceed -Xmx;
        // sampling the whole heap's use every 50 ms gives the highest occupancy actually seen
        // (garbage not yet collected included, so it is still an upper bound of the live data).
        Thread sampler = new Thread(() -> {
            while (true) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                PEAK_USED.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(50);
                }
                catch (InterruptedException ex) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static void resetPeaks() {
        System.gc();
        PEAK_USED.set(0);
    }

    /** The highest heap occupancy sampled since the reset, MB. */
    private static long heapPeakMb() {
        return PEAK_USED.get() >> 20;
    }
}
