package com.jinpai.action.flow;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import com.jinpai.action.ActionRule;
import com.jinpai.action.ActionStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Read-only counts of {@code vip_action} and {@code vip_assignment} for a run summary. */
@Service
public class ActionSummaryQuery {

    private final JdbcTemplate jdbc;

    public ActionSummaryQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ActionSummary summarise(YearMonth period) {
        Map<ActionRule, Long> perRule = new EnumMap<>(ActionRule.class);
        for (ActionRule rule : ActionRule.values()) {
            perRule.put(rule, 0L);
        }
        jdbc.query("SELECT rule_code, COUNT(*) FROM vip_action WHERE period = ? GROUP BY rule_code",
                rs -> {
                    perRule.put(ActionRule.valueOf(rs.getString(1)), rs.getLong(2));
                }, period.toString());
        Map<ActionStatus, Long> perStatus = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            perStatus.put(status, 0L);
        }
        jdbc.query("SELECT status, COUNT(*) FROM vip_action WHERE period = ? GROUP BY status",
                rs -> {
                    perStatus.put(ActionStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }, period.toString());
        Map<String, Long> openPerManager = new TreeMap<>();
        long[] withoutManager = new long[1];
        jdbc.query("SELECT manager_id, COUNT(*) FROM vip_action WHERE status = 'OPEN' GROUP BY manager_id", rs -> {
            String manager = rs.getString(1);
            if (manager == null) {
                withoutManager[0] = rs.getLong(2);
            }
            else {
                openPerManager.put(manager, rs.getLong(2));
            }
        });
        Map<String, Long> vipsPerManager = new TreeMap<>();
        long[] unassigned = new long[1];
        jdbc.query("SELECT manager_id, COUNT(*) FROM vip_assignment GROUP BY manager_id", rs -> {
            String manager = rs.getString(1);
            if (manager == null) {
                unassigned[0] = rs.getLong(2);
            }
            else {
                vipsPerManager.put(manager, rs.getLong(2));
            }
        });
        return new ActionSummary(period, Collections.unmodifiableMap(perRule), Collections.unmodifiableMap(perStatus),
                Collections.unmodifiableMap(openPerManager), withoutManager[0],
                Collections.unmodifiableMap(vipsPerManager), unassigned[0]);
    }
}
