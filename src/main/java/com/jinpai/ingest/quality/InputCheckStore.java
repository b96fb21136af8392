package com.jinpai.ingest.quality;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The assessment of each run in {@code input_check}: one row per source, its findings one per line.
 * A restarted step replaces its execution's rows. Saved in a transaction of its own, so the verdict
 * stays on record when it fails the step.
 */
@Component
public class InputCheckStore {

    private static final int FINDINGS_LIMIT = 4000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    InputCheckStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void save(long jobExecutionId, YearMonth month, InputAssessment assessment) {
        newTransaction.executeWithoutResult(status -> insert(jobExecutionId, month, assessment));
    }

    private void insert(long jobExecutionId, YearMonth month, InputAssessment assessment) {
        jdbc.update("DELETE FROM input_check WHERE job_execution_id = ?", jobExecutionId);
        List<Object[]> rows = new ArrayList<>();
        for (SourceCheck check : assessment.sources()) {
            String findings = String.join("\n", check.findings().stream()
                    .map(finding -> finding.level() + " " + finding.text()).toList());
            rows.add(new Object[] {jobExecutionId, month.toString(), Date.valueOf(assessment.asOf()),
                Date.valueOf(assessment.judgedOn()), check.source(), check.level().name(), check.newestFile(),
                check.newestData() == null ? null : Date.valueOf(check.newestData()), check.ageDays(), check.rows(),
                check.usualRows(), findings.length() > FINDINGS_LIMIT ? findings.substring(0, FINDINGS_LIMIT) : findings});
        }
        jdbc.batchUpdate("INSERT INTO input_check (job_execution_id, bill_month, as_of, judged_on, source, level,"
                + " newest_file, newest_data, age_days, file_rows, usual_rows, findings)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** What a run's step found, or null when it has not judged its inputs. */
    public @Nullable InputAssessment forExecution(long jobExecutionId) {
        List<LocalDate[]> days = new ArrayList<>();
        List<SourceCheck> checks = jdbc.query("SELECT * FROM input_check WHERE job_execution_id = ? ORDER BY id",
                (rs, row) -> {
                    days.add(new LocalDate[] {rs.getDate("as_of").toLocalDate(), rs.getDate("judged_on").toLocalDate()});
                    Date newest = rs.getDate("newest_data");
                    List<SourceCheck.Finding> findings = new ArrayList<>();
                    String text = rs.getString("findings");
                    if (text != null && !text.isBlank()) {
                        for (String line : text.split("\n")) {
                            int space = line.indexOf(' ');
                            findings.add(new SourceCheck.Finding(Level.valueOf(line.substring(0, space)),
                                    line.substring(space + 1)));
                        }
                    }
                    return new SourceCheck(rs.getString("source"), Level.valueOf(rs.getString("level")),
                            rs.getString("newest_file"), newest == null ? null : newest.toLocalDate(),
                            nullableLong(rs.getObject("age_days")), nullableLong(rs.getObject("file_rows")),
                            nullableLong(rs.getObject("usual_rows")), findings);
                }, jobExecutionId);
        return checks.isEmpty() ? null : new InputAssessment(days.get(0)[0], days.get(0)[1], checks);
    }

    private static @Nullable Long nullableLong(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
