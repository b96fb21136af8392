package com.jinpai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.jinpai.generate.GenerateRequest;
import com.jinpai.generate.GenerateResult;
import com.jinpai.generate.SyntheticExportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write deterministic synthetic exports (customers, managers, complaints, bill lines, payments, "
                + "usage) in the canonical layout, at any scale. Same arguments, same bytes.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:a file could not be written", "2:usage error"})
class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", required = true, paramLabel = "N", description = "how many customers")
    int customers;

    @Option(names = "--months", required = true, split = ",", paramLabel = "YYYY-MM",
            converter = Converters.Month.class, description = "closed months, comma-separated, e.g. 2026-08,2026-09,2026-10")
    List<YearMonth> months;

    @Option(names = "--usage-days", defaultValue = "5", paramLabel = "D",
            description = "usage days: the last D of each closed month and the first D of the open month (default ${DEFAULT-VALUE})")
    int usageDays;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        GenerateRequest request;
        try {
            request = new GenerateRequest(customers, months, usageDays, seed, out);
        }
        catch (IllegalArgumentException ex) {
            stderr.println(ex.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            GenerateResult result = new SyntheticExportGenerator().generate(request, line -> {
                stdout.println(line);
                stdout.flush();
            });
            for (Map.Entry<String, Long> rows : result.rowsBySource().entrySet()) {
                stdout.printf("  %-18s %,14d rows%n", rows.getKey(), rows.getValue());
            }
            stdout.printf("%d files, %,d bytes in %s%n", result.files().size(), result.totalBytes(),
                    out.toAbsolutePath().normalize());
            return ExitCodes.OK;
        }
        catch (IOException ex) {
            stderr.println("cannot write under " + out.toAbsolutePath() + ": " + ex.getMessage());
            return ExitCodes.JOB_FAILED;
        }
    }
}
