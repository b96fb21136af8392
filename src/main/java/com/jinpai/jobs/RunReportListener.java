package com.jinpai.jobs;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import com.jinpai.report.ReportService;
import com.jinpai.run.RunParameters;

/** Every completed run writes the HTML report of each month it evaluated and the index, so analysts find them next to the lists. */
@Component
class RunReportListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunReportListener.class);

    private final ReportService reports;

    RunReportListener(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void afterJob(JobExecution execution) {
        YearMonth month = RunParameters.monthOf(execution);
        if (execution.getStatus() != BatchStatus.COMPLETED || month == null) {
            return;
        }
        try {
            List<Path> written = reports.writeForRun(execution.getId(), month);
            if (written.isEmpty()) {
                log.warn("no run report for {}: nothing computed or ingested for it", month);
            }
            written.forEach(report -> log.info("run report: {}", report.toAbsolutePath()));
        }
        catch (RuntimeException ex) {
            // The run's tables and lists are committed; only the page is missing, and can be redone.
            log.error("the run completed but its report could not be written ({}); `jinpai report --month {}` "
                    + "writes it again", ex.getMessage(), month);
        }
    }
}
