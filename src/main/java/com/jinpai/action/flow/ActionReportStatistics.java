package com.jinpai.action.flow;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.jinpai.report.ActionStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The run report's view of the month's actions: issued per rule and per manager, and unassigned. */
@Component
class ActionReportStatistics implements ActionStatistics {

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
}
