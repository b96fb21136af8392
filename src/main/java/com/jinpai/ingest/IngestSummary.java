package com.jinpai.ingest;

import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the ingest steps of one job execution did, for the run summary: read from the ledger
 * (files and rows this execution loaded or failed) and from the steps' execution contexts (files
 * skipped, which leave no ledger row).
 */
@Component
public class IngestSummary {

    private static final int TOP_REASONS = 3;

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;

    IngestSummary(JdbcTemplate jdbc, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
    }

    /**
     * @param filesLoaded files whose rows this execution loaded (including those a later run replaced)
     * @param filesSkipped files whose content was already loaded
     * @param filesReplaced loaded files that replaced an earlier version of the same name
     * @param filesFailed files that loaded nothing
     * @param rows rows read, loaded, rejected and duplicate over all those files
     * @param topReasons the commonest reject reasons, most frequent first
     * @param failures for each failed file, what went wrong and what to do
     */
    public record Totals(long filesLoaded, long filesSkipped, long filesReplaced, long filesFailed, IngestCounts rows,
            List<ReasonCount> topReasons, List<String> failures) {
    }

    public Totals forJobExecution(long jobExecutionId) {
        long[] files = new long[2];
        IngestCounts[] rows = {IngestCounts.NONE};
        jdbc.query("SELECT status, COUNT(*) AS files, SUM(rows_read) AS r, SUM(rows_loaded) AS l,"
                + " SUM(rows_rejected) AS j, SUM(rows_duplicate) AS d FROM ingest_file WHERE job_execution_id = ?"
                + " GROUP BY status", rs -> {
                    files[Ledger.FAILED.equals(rs.getString("status")) ? 1 : 0] += rs.getLong("files");
                    rows[0] = rows[0].plus(new IngestCounts(rs.getLong("r"), rs.getLong("l"), rs.getLong("j"),
                            rs.getLong("d")));
                }, jobExecutionId);
        Long replaced = jdbc.queryForObject("SELECT COUNT(*) FROM ingest_file earlier JOIN ingest_file later"
                + " ON earlier.replaced_by = later.id WHERE later.job_execution_id = ?", Long.class, jobExecutionId);
        List<ReasonCount> reasons = jdbc.query("SELECT r.field, r.reason, COUNT(*) AS n FROM ingest_reject r"
                + " JOIN ingest_file f ON r.file_id = f.id WHERE f.job_execution_id = ? GROUP BY r.field, r.reason"
                + " ORDER BY n DESC, COALESCE(r.field, ''), r.reason LIMIT " + TOP_REASONS,
                (rs, row) -> new ReasonCount(rs.getString("field"), rs.getString("reason"), rs.getLong("n")),
                jobExecutionId);
        List<String> failures = jdbc.queryForList("SELECT message FROM ingest_file WHERE job_execution_id = ?"
                + " AND status = ? ORDER BY id", String.class, jobExecutionId, Ledger.FAILED);
        return new Totals(files[0], skipped(jobExecutionId), replaced == null ? 0 : replaced, files[1], rows[0],
                reasons, failures);
    }

    private long skipped(long jobExecutionId) {
        JobExecution execution = jobRepository.getJobExecution(jobExecutionId);
        if (execution == null) {
            return 0;
        }
        long skipped = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            // a partitioned ingest step holds its partitions' counts: theirs are not counted twice
            if (step.getStepName().startsWith(IngestJobConfiguration.PARTITION_STEP + ":")) {
                continue;
            }
            if (step.getExecutionContext().get(IngestTasklet.FILES_SKIPPED) instanceof Number number) {
                skipped += number.longValue();
            }
        }
        return skipped;
    }
}
