package com.jinpai.ingest;

import java.io.PrintWriter;

import com.jinpai.run.RunSummarySection;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/** Run summary: files and rows this run read, loaded, rejected, with the commonest reasons. */
@Component
class IngestSummarySection implements RunSummarySection {

    private static final int ORDER = 100;

    private final IngestSummary summary;

    IngestSummarySection(IngestSummary summary) {
        this.summary = summary;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void write(JobExecution execution, PrintWriter out) {
        IngestSummary.Totals totals = summary.forJobExecution(execution.getId());
        IngestCounts rows = totals.rows();
        out.printf("Ingest: %d file(s) loaded (%d replacing an earlier version), %d already loaded, %d failed%n",
                totals.filesLoaded(), totals.filesReplaced(), totals.filesSkipped(), totals.filesFailed());
        out.printf("  rows read %,d, loaded %,d, rejected %,d, duplicate ids %,d%n", rows.read(), rows.loaded(),
                rows.rejected(), rows.duplicate());
        for (ReasonCount reason : totals.topReasons()) {
            out.printf("  %,8d x %s%s%n", reason.rows(), reason.field() == null ? "" : reason.field() + ": ",
                    reason.reason());
        }
        for (String failure : totals.failures()) {
            out.println("  FAILED " + failure);
        }
    }
}
