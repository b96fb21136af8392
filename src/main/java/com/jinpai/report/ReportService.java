package com.jinpai.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.jinpai.report.ReportData.Actions;
import com.jinpai.report.ReportData.Header;
import com.jinpai.system.JinpaiProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Writes {@code <output-dir>/reports/report_YYYY-MM.html} for a month. Called by
 * {@code jinpai report --month} and at the end of each job run.
 */
@Service
public class ReportService {

    private final ValueQueries values;
    private final StoryQueries stories;
    private final ReportIndexPage index = new ReportIndexPage();
    private final IngestQueries ingest;
    private final InputQueries inputs;
    private final ObjectProvider<ActionStatistics> actions;
    private final ReportProperties report;
    private final Path reports;
    private final ReportPage page;

    ReportService(ValueQueries values, StoryQueries stories, IngestQueries ingest, InputQueries inputs,
            ObjectProvider<ActionStatistics> actions, ReportProperties report, JinpaiProperties properties) {
        this.values = values;
        this.stories = stories;
        this.ingest = ingest;
        this.inputs = inputs;
        this.actions = actions;
        this.report = report;
        this.reports = properties.outputDir().resolve("reports");
        this.page = new ReportPage(report.topManagers());
    }

    /** The file a month's report is written to. */
    public Path path(YearMonth month) {
        return reports.resolve("report_" + month + ".html");
    }

    /**
     * Writes the month's report and returns its path.
     *
     * @throws NoReportDataException when the month has no customer values and no ingested files
     */
    public Path write(YearMonth month) {
        Header header = values.header(month);
        if (header.customers() == 0 && values.ingestFiles(month) == 0) {
            throw new NoReportDataException(month, values.monthsWithData());
        }
        ReportData data = new ReportData(header, values.tiers(month), values.migration(month),
                values.pareto(month, header.customers(), report.paretoPoints()), actions(month),
                ingest.topReasons(month, report.topRejectReasons()), ingest.files(month, report.reasonsPerFile()));
        Path written = save(path(month), page.render(data, inputs.header(month), stories.story(month)));
        writeIndex();
        return written;
    }

    /**
     * The reports of a run: every month the execution evaluated (a month-close's months, a nightly's
     * catch-up months), then its own month, then the index. Months without data are skipped.
     */
    public List<Path> writeForRun(long jobExecutionId, YearMonth runMonth) {
        TreeSet<YearMonth> months = new TreeSet<>(stories.monthsEvaluatedBy(jobExecutionId));
        months.add(runMonth);
        List<Path> written = new ArrayList<>();
        for (YearMonth month : months) {
            try {
                written.add(write(month));
            }
            catch (NoReportDataException ex) {
                // a run month with nothing computed: nothing to show
            }
        }
        return written;
    }

    /** {@code reports/index.html}, linking every month's report that exists. */
    public Path indexPath() {
        return reports.resolve("index.html");
    }

    private void writeIndex() {
        Map<YearMonth, MonthStory.Figures> months = stories.months();
        Set<YearMonth> written = new HashSet<>();
        months.keySet().forEach(month -> {
            if (Files.exists(path(month))) {
                written.add(month);
            }
        });
        save(indexPath(), index.render(months, written));
    }

    private Actions actions(YearMonth month) {
        ActionStatistics statistics = actions.getIfAvailable();
        return statistics == null ? Actions.none() : new Actions(true, statistics.perRule(month),
                statistics.perManager(month), statistics.unassigned(month), statistics.service(month));
    }

    /**
     * Written beside the target and moved over it, so a reader never sees half a page. A temporary
     * file is created owner-only (0600); the report is read by others like every other output, so
     * it is created rw-r--r-- (less what the umask takes away).
     */
    private static Path save(Path target, String html) {
        try {
            Files.createDirectories(target.getParent());
            boolean posix = target.getParent().getFileSystem().supportedFileAttributeViews().contains("posix");
            FileAttribute<?>[] readable = posix ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))}
                    : new FileAttribute<?>[0];
            Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp", readable);
            Files.writeString(temp, html, StandardCharsets.UTF_8);
            return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write the report " + target.toAbsolutePath()
                    + ": check that the folder exists and is writable (jinpai.output-dir)", ex);
        }
    }
}
