package com.jinpai.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;

import com.jinpai.ingest.quality.InputAssessment;
import com.jinpai.ingest.quality.InputChecks;
import com.jinpai.ingest.quality.Level;
import com.jinpai.ingest.quality.SourceCheck;
import com.jinpai.system.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Judge the loaded inputs without running a job, like dbt's source freshness plus data tests: "
                + "per source its newest file, newest data date and age, the newest file's rows against the usual "
                + "(median of the earlier files), and PASS, WARN or ERROR.",
                "Settings: jinpai.inputs in config/sources.yml. A source in ERROR would fail a run before it "
                        + "publishes anything."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no source in ERROR (warnings allowed)", "1:a source is in ERROR",
                "2:usage error"})
class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputFormat output;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "the day to judge on, as a run of that day would (default today in the business zone)")
    LocalDate asOf;

    private final Launcher launcher;

    CheckCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    /** The JSON document of {@code check --output json}. */
    record Check(String zone, String asOf, String judgedOn, String level, List<Source> sources) {
    }

    record Source(String source, String level, @Nullable String newestFile, @Nullable String newestData,
            @Nullable Long ageDays, @Nullable Long rows, @Nullable Long usualRows, List<Finding> findings) {
    }

    record Finding(String level, String text) {
    }

    @Override
    public Integer call() {
        ApplicationContext app = launcher.start(Needs.DATABASE);
        BusinessCalendar calendar = app.getBean(BusinessCalendar.class);
        LocalDate day = asOf != null ? asOf : calendar.today();
        InputAssessment assessment = app.getBean(InputChecks.class).assess(day, day, YearMonth.from(day));
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            OutputFormat.write(out, document(assessment, calendar));
        }
        else {
            print(assessment, out);
        }
        out.flush();
        return assessment.level() == Level.ERROR ? ExitCodes.JOB_FAILED : ExitCodes.OK;
    }

    private static Check document(InputAssessment assessment, BusinessCalendar calendar) {
        return new Check(calendar.zone().getId(), assessment.asOf().toString(), assessment.judgedOn().toString(),
                assessment.level().name(), assessment.sources().stream().map(s -> new Source(s.source(),
                        s.level().name(), s.newestFile(), s.newestData() == null ? null : s.newestData().toString(),
                        s.ageDays(), s.rows(), s.usualRows(), s.findings().stream()
                                .map(f -> new Finding(f.level().name(), f.text())).toList())).toList());
    }

    private static void print(InputAssessment assessment, PrintWriter out) {
        out.printf("Inputs as of %s: %s%n%n", assessment.asOf(), assessment.level());
        out.printf("%-17s %-6s %-34s %-11s %6s %12s %12s%n", "SOURCE", "LEVEL", "NEWEST FILE", "NEWEST DATA", "AGE",
                "ROWS", "EXPECTED");
        for (SourceCheck check : assessment.sources()) {
            out.printf("%-17s %-6s %-34s %-11s %6s %12s %12s%n", check.source(), check.level(),
                    text(check.newestFile()), text(check.newestData()),
                    check.ageDays() == null ? "-" : check.ageDays() + " d",
                    check.rows() == null ? "-" : String.format("%,d", check.rows()),
                    check.usualRows() == null ? "-" : String.format("%,d", check.usualRows()));
        }
        List<String> errors = assessment.findings(Level.ERROR);
        List<String> warnings = assessment.findings(Level.WARN);
        if (!errors.isEmpty() || !warnings.isEmpty()) {
            out.println();
        }
        errors.forEach(line -> out.println("ERROR " + line));
        warnings.forEach(line -> out.println("WARN  " + line));
    }

    private static String text(@Nullable Object value) {
        return value == null ? "-" : value.toString();
    }
}
