package com.jinpai.action.flow;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.jinpai.action.ActionOutcome;
import com.jinpai.action.ActionStatus;
import com.jinpai.report.ActionStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The run report's view of the month's actions: issued per rule and per manager, unassigned, and
 * each manager's service standard.
 */
@Component
class ActionReportStatistics implements ActionStatistics {

    /**
     * The month's actions of each manager grouped by what decides their outcome, so the database
     * returns a few rows per manager and {@link ActionOutcome} alone says what is on time.
     */
    private static final String OUTCOMES = """
            SELECT a.manager_id, m.name, a.status, a.due_date, a.closed_on, COUNT(*)
            FROM vip_action a LEFT JOIN account_manager m ON m.manager_id = a.manager_id
            WHERE a.period = ? AND a.manager_id IS NOT NULL
            GROUP BY a.manager_id, m.name, a.status, a.due_date, a.closed_on""";

    private final JdbcTemplate jdbc;
    private final ActionSummaryQuery summaries;

    ActionReportStatistics(JdbcTemplate jdbc, ActionSummaryQuery summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    @Override
    public Map<String, Long> perRule(YearMonth month) {
        Map<String, Long> perRule = new LinkedHashMap<>();
        summaries.summarise(month).issuedPerRule().forEach((rule, count) -> perRule.put(rule.name(), count));
        return perRule;
    }

    @Override
    public Map<String, Long> perManager(YearMonth month) {
        Map<String, Long> perManager = new TreeMap<>();
        jdbc.query("SELECT COALESCE(m.name, a.manager_id), COUNT(*) FROM vip_action a "
                + "LEFT JOIN account_manager m ON m.manager_id = a.manager_id "
                + "WHERE a.period = ? AND a.manager_id IS NOT NULL GROUP BY COALESCE(m.name, a.manager_id)",
                rs -> {
                    perManager.put(rs.getString(1), rs.getLong(2));
                }, month.toString());
        return perManager;
    }

    @Override
    public long unassigned(YearMonth month) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM vip_action WHERE period = ? AND manager_id IS NULL",
                Long.class, month.toString());
        return count == null ? 0 : count;
    }

    @Override
    public List<ManagerService> service(YearMonth month) {
        Map<String, String> names = new TreeMap<>();
        Map<String, Map<ActionOutcome, Long>> counts = new TreeMap<>();
        jdbc.query(OUTCOMES, rs -> {
            String manager = rs.getString(1);
            names.put(manager, rs.getString(2));
            ActionOutcome outcome = ActionOutcome.of(ActionStatus.valueOf(rs.getString(3)),
                    rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class));
            counts.computeIfAbsent(manager, m -> new EnumMap<>(ActionOutcome.class)).merge(outcome, rs.getLong(6),
                    Long::sum);
        }, month.toString());
        return counts.entrySet().stream().map(e -> {
            Map<ActionOutcome, Long> of = e.getValue();
            return new ManagerService(e.getKey(), names.get(e.getKey()),
                    of.values().stream().mapToLong(Long::longValue).sum(),
                    of.getOrDefault(ActionOutcome.DONE_ON_TIME, 0L), of.getOrDefault(ActionOutcome.DONE_LATE, 0L),
                    of.getOrDefault(ActionOutcome.EXPIRED, 0L), of.getOrDefault(ActionOutcome.OPEN, 0L));
        }).toList();
    }
}
