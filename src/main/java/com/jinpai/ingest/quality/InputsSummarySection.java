package com.jinpai.ingest.quality;

import java.io.PrintWriter;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import com.jinpai.run.RunSummarySection;

/** Run summary: the as-of day, each source's coverage and level, and every warning and error. */
@Component
class InputsSummarySection implements RunSummarySection {

    private static final int ORDER = 150;

    private final InputCheckStore store;

    InputsSummarySection(InputCheckStore store) {
        this.store = store;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void write(JobExecution execution, PrintWriter out) {
        InputAssessment assessment = store.forExecution(execution.getId());
        if (assessment == null) {
            return;
        }
        out.printf("Inputs as of %s (ages measured on %s): %s%n", assessment.asOf(), assessment.judgedOn(),
                assessment.level());
        for (SourceCheck check : assessment.sources()) {
            out.printf("  %-16s %-5s newest %s%s%n", check.source(), check.level(),
                    check.newestData() != null ? check.newestData() + " (" + check.ageDays() + " d)"
                            : check.newestFile() != null ? check.newestFile() : "nothing loaded",
                    check.rows() == null ? "" : String.format(", %,d rows%s", check.rows(),
                            check.usualRows() == null ? "" : String.format(" (expected %,d)", check.usualRows())));
        }
        for (SourceCheck check : assessment.sources()) {
            for (SourceCheck.Finding finding : check.findings()) {
                out.println("  " + finding.level() + " " + finding.text());
            }
        }
    }
}
