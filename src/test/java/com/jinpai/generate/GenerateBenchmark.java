package com.jinpai.generate;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Run by hand, not by the test suite: times a generation and prints files, rows and peak heap.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) com.jinpai.generate.GenerateBenchmark \
 *     1000000 2026-08,2026-09,2026-10 1 20261101 /work/bench-data/1m
 * </pre>
 */
public final class GenerateBenchmark {

    private GenerateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: GenerateBenchmark CUSTOMERS MONTHS(A,B,C) USAGE_DAYS SEED OUT");
            System.exit(2);
        }
        List<YearMonth> months = Arrays.stream(args[1].split(",")).map(YearMonth::parse).toList();
        GenerateRequest request = new GenerateRequest(Integer.parseInt(args[0]), months, Integer.parseInt(args[2]),
                Long.parseLong(args[3]), Path.of(args[4]));
        long started = System.nanoTime();
        GenerateResult result = new SyntheticExportGenerator().generate(request, System.out::println);
        double seconds = (System.nanoTime() - started) / 1e9;

        for (GenerateResult.GeneratedFile file : result.files()) {
            System.out.printf(Locale.ROOT, "%-12s %-45s %,14d rows %,16d bytes%n", file.source(),
                    request.out().relativize(file.file()), file.rows(), file.bytes());
        }
        result.rowsBySource().forEach((source, rows) ->
                System.out.printf(Locale.ROOT, "total %-16s %,14d rows%n", source, rows));
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "wall %.1f s, %,d bytes written, max heap %,d MB, "
                        + "sum of heap pool peaks %,d MB (an upper bound of the peak)%n",
                seconds, result.totalBytes(), Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20);
    }
}
