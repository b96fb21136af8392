package com.jinpai.action.flow;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.jinpai.action.ActionMessages;
import com.jinpai.action.ActionRule;
import com.jinpai.system.PhaseTimes;
import com.jinpai.action.StarActionsProperties;
import com.jinpai.action.assign.AssignmentRefresh;
import com.jinpai.action.assign.ManagerAssignment;
import com.jinpai.action.list.PhoneMask;
import com.jinpai.action.rule.Finding;
import com.jinpai.action.rule.StarFacts;
import com.jinpai.action.rule.StarRuleBook;
import com.jinpai.value.CustomerStatus;
import com.jinpai.value.star.StarProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Issues the month's star actions (STAR_UPGRADE, STAR_NEAR) beside {@link ActionIssuer}, the same
 * way: one ordered read of the month's rows holding a star or near-star (VIPs only unless
 * {@code jinpai.star-actions.vip-only} is false), the {@link StarRuleBook} decides. Per finding, as
 * for the other rules: an OPEN action of the customer and star rule is refreshed (reason, numbers,
 * tier; its issue and due dates stay), one already issued in this period (whatever its status) is
 * left alone, anything else is inserted. Issue and due dates count from the publish day.
 */
@Service
class StarActionIssuer {

    private static final Logger log = LoggerFactory.getLogger(StarActionIssuer.class);

    private static final String CANDIDATES = """
            SELECT cm.customer_id, cm.estimated, cm.status, cm.region, cm.tier, cm.previous_tier, cm.vip, cm.spend,
                   cm.avg_spend, cm.star_level, cm.previous_star_level, cm.star_score, cm.near_star, cm.star_exclusion,
                   c.name, c.msisdn, a.customer_id AS assigned, a.manager_id
            FROM customer_month cm
            LEFT JOIN customer c ON c.customer_id = cm.customer_id
            LEFT JOIN vip_assignment a ON a.customer_id = cm.customer_id
            WHERE cm.bill_month = ? AND (cm.star_level IS NOT NULL OR cm.near_star = TRUE) AND (cm.vip = TRUE OR ?)
            ORDER BY cm.customer_id""";

    private final JdbcTemplate jdbc;
    private final StarRuleBook rules;
    private final boolean vipOnly;
    private final AssignmentRefresh assignments;
    private final ActionMessages messages;

    StarActionIssuer(JdbcTemplate jdbc, StarActionsProperties actions, StarProperties stars,
            AssignmentRefresh assignments, ActionMessages messages) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(ActionWrites.BATCH_ROWS);
        this.rules = StarRuleBook.from(actions, stars);
        this.vipOnly = actions.vipOnly();
        this.assignments = assignments;
        this.messages = messages;
    }

    ActionIssuer.IssueOutcome issue(YearMonth month, LocalDate publishDay) {
        String period = month.toString();
        PhaseTimes times = new PhaseTimes(log, "star issue " + period);
        Set<String> open = ActionWrites.keys(jdbc,
                "SELECT customer_id, rule_code, situation FROM vip_action WHERE status = 'OPEN'"
                + " AND rule_code IN (?, ?)", ActionRule.STAR_UPGRADE.name(), ActionRule.STAR_NEAR.name());
        Set<String> issued = ActionWrites.keys(jdbc,
                "SELECT customer_id, rule_code, situation FROM vip_action WHERE period = ?"
                + " AND rule_code IN (?, ?)", period, ActionRule.STAR_UPGRADE.name(), ActionRule.STAR_NEAR.name());
        times.lap("action keys");
        ManagerAssignment prospects = vipOnly ? null : assignments.prospectRouting();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> refreshes = new ArrayList<>();
        long[] counts = new long[4];
        jdbc.query(CANDIDATES, rs -> {
            counts[0]++;
            StarFacts facts = facts(rs, month);
            List<Finding> findings = rules.evaluate(facts, publishDay);
            counts[1] += findings.size();
            if (findings.isEmpty()) {
                return;
            }
            String managerId = null;
            boolean routed = false;
            String name = rs.getString("name");
            String phone = PhoneMask.mask(rs.getString("msisdn"));
            for (Finding finding : findings) {
                String key = ActionWrites.key(facts.customerId(), finding.rule().name(), finding.situation());
                String reason = messages.text(finding.reason());
                if (open.contains(key)) {
                    counts[3]++;
                    refreshes.add(new Object[] {name, phone, rs.getString("region"), rs.getString("tier"),
                        rs.getBigDecimal("spend"), rs.getBigDecimal("avg_spend"), reason, period, facts.customerId(),
                        finding.rule().name(), finding.situation()});
                    continue;
                }
                if (issued.contains(key)) {
                    continue;
                }
                if (!routed) {
                    managerId = manager(rs, prospects);
                    routed = true;
                }
                counts[2]++;
                inserts.add(new Object[] {facts.customerId(), finding.rule().name(), finding.situation(), period, name,
                    phone, rs.getString("region"), rs.getString("tier"), rs.getBigDecimal("spend"),
                    rs.getBigDecimal("avg_spend"), finding.priority().name(), reason, Date.valueOf(publishDay),
                    Date.valueOf(finding.dueDate()), managerId, period});
            }
            ActionWrites.flush(jdbc, ActionWrites.INSERT, inserts, ActionWrites.BATCH_ROWS);
            ActionWrites.flush(jdbc, ActionWrites.REFRESH, refreshes, ActionWrites.BATCH_ROWS);
        }, period, !vipOnly);
        ActionWrites.flush(jdbc, ActionWrites.INSERT, inserts, 1);
        ActionWrites.flush(jdbc, ActionWrites.REFRESH, refreshes, 1);
        times.lap("candidates, rules and writes");
        times.done(counts[0] + " candidate(s), " + counts[2] + " new, " + counts[3] + " refreshed");
        return new ActionIssuer.IssueOutcome(counts[0], counts[1], counts[2], counts[3]);
    }

    private static @Nullable String manager(ResultSet rs, @Nullable ManagerAssignment prospects) throws SQLException {
        if (rs.getString("assigned") != null) {
            return rs.getString("manager_id");
        }
        return rs.getBoolean("vip") || prospects == null ? null : prospects.assign(rs.getString("region")).orElse(null);
    }

    private static StarFacts facts(ResultSet rs, YearMonth month) throws SQLException {
        long score = rs.getLong("star_score");
        Long starScore = rs.wasNull() ? null : score;
        return new StarFacts(rs.getString("customer_id"), month, rs.getBoolean("estimated"),
                CustomerStatus.isClosed(rs.getString("status")), rs.getString("previous_tier") == null,
                rs.getString("star_level"), rs.getString("previous_star_level"), starScore, rs.getBoolean("near_star"),
                rs.getString("star_exclusion") != null);
    }
}
