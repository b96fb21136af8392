package com.jinpai.report;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import com.jinpai.report.ReportService;
import com.jinpai.run.RunParameters;
import com.jinpai.run.RunSummarySection;

/** Where the run's HTML report is, when it was written. */
@Component
class ReportSummarySection implements RunSummarySection {

    private static final int ORDER = 900;

    private final ReportService reports;

    ReportSummarySection(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void write(JobExecution execution, PrintWriter out) {
        YearMonth month = RunParameters.monthOf(execution);
        if (month == null) {
            return;
        }
        Path report = reports.path(month);
        if (Files.exists(report)) {
            out.println("Report: " + report.toAbsolutePath().normalize());
        }
    }
}
