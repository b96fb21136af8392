package com.jinpai.operations;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.jinpai.run.JobNames;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.jinpai.run.RunParameters;
import com.jinpai.system.BusinessCalendar;

/**
 * Run history for admins: one query over the job repository tables with optional filters, so
 * {@code history} stays fast however many executions have piled up.
 */
@Repository
public class ExecutionHistory {

    private static final String SELECT = """
            SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.EXIT_MESSAGE, e.START_TIME, e.END_TIME
            FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE 1 = 1
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    public ExecutionHistory(NamedParameterJdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /**
     * What {@code history} may filter on; each part may be null.
     *
     * @param from executions started on or after this day (in the business zone, like every time shown)
     * @param to executions started on or before this day
     */
    public record Filter(@Nullable String job, @Nullable String month, @Nullable String status,
            @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    /** Newest first. Each filter may be null. */
    public List<ExecutionRecord> find(@Nullable String job, @Nullable String month, @Nullable String status,
            int limit) {
        return find(new Filter(job, month, status, null, null), limit);
    }

    /** Newest first. */
    public List<ExecutionRecord> find(Filter filter, int limit) {
        return find(filter, null, limit);
    }

    private List<ExecutionRecord> find(Filter filter, @Nullable Long id, int limit) {
        String job = filter.job();
        String month = filter.month();
        String status = filter.status();
        StringBuilder sql = new StringBuilder(SELECT);
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (filter.from() != null) {
            sql.append(" AND e.START_TIME >= :from");
            params.addValue("from", Timestamp.valueOf(calendar.machineTimeAtStartOf(filter.from())));
        }
        if (filter.to() != null) {
            sql.append(" AND e.START_TIME < :to");
            params.addValue("to", Timestamp.valueOf(calendar.machineTimeAtStartOf(filter.to().plusDays(1))));
        }
        if (id != null) {
            sql.append(" AND e.JOB_EXECUTION_ID = :id");
            params.addValue("id", id);
        }
        if (job != null) {
            sql.append(" AND i.JOB_NAME = :job");
            params.addValue("job", job);
        }
        if (status != null) {
            sql.append(" AND e.STATUS = :status");
            params.addValue("status", status);
        }
        if (month != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = "
                    + "e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'month' AND p.PARAMETER_VALUE = :month)");
            params.addValue("month", month);
        }
        sql.append(" ORDER BY e.JOB_EXECUTION_ID DESC LIMIT :limit");
        params.addValue("limit", limit);
        List<Object[]> rows = jdbc.query(sql.toString(), params, (rs, n) -> new Object[] {
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6), rs.getTimestamp(7)});
        Map<Long, Map<String, String>> parameters = parameters(rows.stream().map(r -> (Long) r[0]).toList());
        List<ExecutionRecord> records = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Map<String, String> p = parameters.getOrDefault((Long) r[0], Map.of());
            records.add(new ExecutionRecord((Long) r[0], (String) r[1], p.get(RunParameters.MONTH), p.get(RunParameters.AS_OF),
                    p.get(RunParameters.RERUN), (String) r[2], (String) r[3], (String) r[4], time(r[5]), time(r[6])));
        }
        return records;
    }

    /** One execution by its id, or null when the repository has none. */
    public @Nullable ExecutionRecord find(long id) {
        return find(new Filter(null, null, null, null, null), id, 1).stream().findFirst().orElse(null);
    }

    /** The steps of an execution in the order they started. */
    public List<StepRecord> steps(long executionId) {
        return jdbc.query("""
                SELECT STEP_EXECUTION_ID, STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT,
                       READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT, COMMIT_COUNT, ROLLBACK_COUNT,
                       START_TIME, END_TIME, EXIT_CODE, EXIT_MESSAGE
                  FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = :id ORDER BY STEP_EXECUTION_ID""",
                new MapSqlParameterSource("id", executionId), (rs, n) -> new StepRecord(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9), time(rs.getTimestamp(10)), time(rs.getTimestamp(11)), rs.getString(12),
                        rs.getString(13)));
    }

    /** The jobs of this application and any other job the repository has run, by name. */
    public List<String> jobNames() {
        TreeSet<String> names = new TreeSet<>(List.of(JobNames.NIGHTLY, JobNames.MONTH_CLOSE));
        names.addAll(jdbc.getJdbcTemplate().queryForList("SELECT DISTINCT JOB_NAME FROM BATCH_JOB_INSTANCE",
                String.class));
        return List.copyOf(names);
    }

    public List<ExecutionRecord> running() {
        List<ExecutionRecord> running = new ArrayList<>();
        for (String status : List.of("STARTING", "STARTED", "STOPPING")) {
            running.addAll(find(null, null, status, Integer.MAX_VALUE));
        }
        return running;
    }

    private Map<Long, Map<String, String>> parameters(List<Long> ids) {
        Map<Long, Map<String, String>> byExecution = new HashMap<>();
        if (ids.isEmpty()) {
            return byExecution;
        }
        jdbc.query("SELECT JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS "
                + "WHERE JOB_EXECUTION_ID IN (:ids)", new MapSqlParameterSource("ids", ids), rs -> {
                    byExecution.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return byExecution;
    }

    private static @Nullable LocalDateTime time(Object value) {
        return value == null ? null : ((Timestamp) value).toLocalDateTime();
    }
}
