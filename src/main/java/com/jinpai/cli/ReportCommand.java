package com.jinpai.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import com.jinpai.report.NoReportDataException;
import com.jinpai.report.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Public, with a public constructor taking the service, so the report tests (another package) can run it alone. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the month's HTML run report (tiers, tier moves, revenue Pareto curve, VIP actions, "
                + "rejected rows) to <output-dir>/reports/report_YYYY-MM.html and print its path. "
                + "The file needs no network: open it in any browser.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "2:usage error, or the month has no data"})
public class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = Converters.Month.class,
            description = "The month to report, e.g. 2026-10.")
    YearMonth month;

    private final Supplier<ReportService> reports;

    ReportCommand(Launcher launcher) {
        this.reports = () -> launcher.bean(Needs.JOBS, ReportService.class);
    }

    public ReportCommand(ReportService reports) {
        this.reports = () -> reports;
    }

    @Override
    public Integer call() {
        ReportService reports = this.reports.get();
        try {
            Path path = reports.write(month);
            spec.commandLine().getOut().println(path.toAbsolutePath());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        catch (NoReportDataException ex) {
            spec.commandLine().getErr().println(ex.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
    }
}
