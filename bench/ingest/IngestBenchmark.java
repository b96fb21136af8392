import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.jinpai.JinpaiApplication;
import com.jinpai.ingest.FileOutcome;
import com.jinpai.ingest.IngestService;
import com.jinpai.ingest.Source;
import com.jinpai.system.CsvFiles;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ingest benchmark, run by hand through bench/ingest/run.sh (not a test).
 *
 * <pre>
 * IngestBenchmark parse DIR          Commons CSV alone over DIR's bill-lines files, twice (cold, warm)
 * IngestBenchmark ingest DIR         IngestService over DIR's customers, then bill-lines files, on the
 *                                    database the Spring properties name (run.sh passes them)
 * </pre>
 *
 * Prints one "RESULT" line per measurement so that run.sh can tabulate them.
 */
public class IngestBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: IngestBenchmark parse|ingest DIR");
            System.exit(2);
        }
        Path inbox = Path.of(args[1]).toAbsolutePath().normalize();
        switch (args[0]) {
            case "parse" -> parse(inbox);
            case "ingest" -> ingest(inbox);
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    private static List<Path> billFiles(Path inbox) throws Exception {
        try (var files = Files.list(inbox.resolve("billing"))) {
            return files.filter(file -> file.getFileName().toString().matches("bill_lines_.*\\.csv")).sorted().toList();
        }
    }

    /** Reads every record and touches every value, as ingest must; no validation, no database. */
    private static void parse(Path inbox) throws Exception {
        List<Path> files = billFiles(inbox);
        for (String pass : new String[] {"cold", "warm"}) {
            HeapWatch heap = HeapWatch.start();
            long started = System.nanoTime();
            long lines = 0;
            long characters = 0;
            for (Path file : files) {
                try (CSVParser parser = CsvFiles.read(file, StandardCharsets.UTF_8, ',')) {
                    for (CSVRecord record : parser) {
                        lines++;
                        for (String value : record) {
                            characters += value.length();
                        }
                    }
                }
            }
            report("parse-" + pass, files.size(), lines, System.nanoTime() - started, heap, "chars=" + characters);
        }
    }

    private static void ingest(Path inbox) throws Exception {
        SpringApplication application = new SpringApplication(JinpaiApplication.class);
        try (ConfigurableApplicationContext context = application.run()) {
            IngestService ingest = context.getBean(IngestService.class);
            String database = context.getEnvironment().getProperty("spring.datasource.url");
            System.out.println("database: " + database);

            HeapWatch heap = HeapWatch.start();
            long started = System.nanoTime();
            List<FileOutcome> customers = ingest.ingest(Source.CUSTOMERS, inbox, null);
            report("customers", customers.size(), read(customers), System.nanoTime() - started, heap,
                    summary(customers));
            if (customers.isEmpty()) {
                System.out.println("WARNING: no customers*.csv in " + inbox + ": every bill line will be rejected as"
                        + " an unknown customer unless the database already holds them");
            }

            List<Path> files = billFiles(inbox);
            heap = HeapWatch.start();
            started = System.nanoTime();
            List<FileOutcome> bills = files.stream()
                    .map(file -> ingest.ingestFile(Source.BILL_LINES, inbox, file, null))
                    .toList();
            report("ingest-bill-lines", files.size(), read(bills), System.nanoTime() - started, heap, summary(bills));
        }
    }

    private static long read(List<FileOutcome> outcomes) {
        return outcomes.stream().mapToLong(outcome -> outcome.counts().read()).sum();
    }

    private static String summary(List<FileOutcome> outcomes) {
        return outcomes.stream()
                .map(outcome -> outcome.status() + "(loaded=" + outcome.counts().loaded() + ",rejected="
                        + outcome.counts().rejected() + ",duplicate=" + outcome.counts().duplicate() + ")")
                .reduce((a, b) -> a + " " + b).orElse("no files");
    }

    private static void report(String what, int files, long lines, long nanos, HeapWatch heap, String detail) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "RESULT %-18s files=%d lines=%d seconds=%.2f lines_per_s=%.0f cpu_seconds=%.2f"
                + " peak_heap_used_mb=%.0f peak_heap_after_gc_mb=%.0f max_heap_mb=%.0f %s%n", what, files, lines,
                seconds, lines / seconds, heap.cpuSeconds(), heap.peakUsedMb(), heap.peakAfterGcMb(),
                Runtime.getRuntime().maxMemory() / 1048576.0, detail);
    }

    /**
     * Peak heap over a measurement: the highest "used" any heap pool reached (summed over pools,
     * so an upper bound), and the highest heap left after a collection (the live set, which is
     * what must not grow with the file).
     */
    private static final class HeapWatch {

        private final AtomicLong peakAfterGc = new AtomicLong();
        private final long cpuAtStart = processCpuNanos();

        /** CPU this JVM used since the start (all its threads): on a shared machine wall time alone misleads. */
        double cpuSeconds() {
            return (processCpuNanos() - cpuAtStart) / 1e9;
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        static HeapWatch start() {
            System.gc();
            HeapWatch watch = new HeapWatch();
            var heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                    .collect(java.util.stream.Collectors.toSet());
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(pool -> heapPools.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed()).sum();
                        watch.peakAfterGc.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
            return watch;
        }

        double peakUsedMb() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return peak / 1048576.0;
        }

        double peakAfterGcMb() {
            return peakAfterGc.get() / 1048576.0;
        }
    }
}
