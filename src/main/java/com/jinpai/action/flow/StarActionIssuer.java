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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Judges the month's star actions (STAR_UPGRADE, STAR_NEAR) beside {@link ActionIssuer}, on the rows
 * of its one ordered read of the month: a row holding a star or near-star (VIPs only unless
 * {@code jinpai.star-actions.vip-only} is false) is a star candidate, the {@link StarRuleBook}
 * decides. Per finding, as for the other rules: an OPEN action of the customer and star rule is
 * refreshed (reason, numbers, tier; its issue and due dates stay), one already issued in this period
 * (whatever its status) is left alone, anything else is inserted. Issue and due dates count from the
 * publish day.
 */
@Service
class StarActionIssuer {

    /** The columns of {@code customer_month cm} the star rules read, besides those {@link ActionIssuer} reads. */
    static final String COLUMNS = "cm.star_level, cm.previous_star_level, cm.star_score, cm.near_star, "
            + "cm.star_exclusion";

    /** Whether a row of {@code customer_month cm} is a star candidate; the parameter: whether non-VIPs are. */
    static final String CANDIDATE = "(cm.star_level IS NOT NULL OR cm.near_star = TRUE) AND (cm.vip = TRUE OR ?)";

    private final JdbcTemplate jdbc;
    private final StarRuleBook rules;
    private final boolean vipOnly;
    private final AssignmentRefresh assignments;
    private final ActionMessages messages;

    StarActionIssuer(JdbcTemplate jdbc, StarActionsProperties actions, StarProperties stars,
            AssignmentRefresh assignments, ActionMessages messages) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.rules = StarRuleBook.from(actions, stars);
        this.vipOnly = actions.vipOnly();
        this.assignments = assignments;
        this.messages = messages;
    }

    /** The value of {@link #CANDIDATE}'s parameter. */
    boolean nonVips() {
        return !vipOnly;
    }

    /** Reads the star actions' keys and the prospects' routing: the judge of one period's rows. */
    Judge judge(YearMonth month, LocalDate publishDay) {
        String period = month.toString();
        Set<String> open = ActionWrites.keys(jdbc,
                "SELECT customer_id, rule_code, situation FROM vip_action WHERE status = 'OPEN'"
                + " AND rule_code IN (?, ?)", ActionRule.STAR_UPGRADE.name(), ActionRule.STAR_NEAR.name());
        Set<String> issued = ActionWrites.keys(jdbc,
                "SELECT customer_id, rule_code, situation FROM vip_action WHERE period = ?"
                + " AND rule_code IN (?, ?)", period, ActionRule.STAR_UPGRADE.name(), ActionRule.STAR_NEAR.name());
        // its own routing, from the assignments' loads: the star actions' prospects are spread as if judged alone
        ManagerAssignment prospects = vipOnly ? null : assignments.prospectRouting();
        return new Judge(month, publishDay, open, issued, prospects);
    }

    /** The star findings of candidate rows, one row at a time, turned into batched writes. */
    final class Judge {

        private final YearMonth month;
        private final String period;
        private final LocalDate publishDay;
        private final Set<String> open;
        private final Set<String> issued;
        private final @Nullable ManagerAssignment prospects;
        private final List<Object[]> inserts = new ArrayList<>();
        private final List<Object[]> refreshes = new ArrayList<>();
        private final long[] counts = new long[4];
        private long writeNanos;

        private Judge(YearMonth month, LocalDate publishDay, Set<String> open, Set<String> issued,
                @Nullable ManagerAssignment prospects) {
            this.month = month;
            this.period = month.toString();
            this.publishDay = publishDay;
            this.open = open;
            this.issued = issued;
            this.prospects = prospects;
        }

        /** Whether the current row is a star candidate, as {@link #CANDIDATE} says. */
        boolean isCandidate(ResultSet rs) throws SQLException {
            boolean star = rs.getString("star_level") != null || rs.getBoolean("near_star");
            return star && (rs.getBoolean("vip") || !vipOnly);
        }

        /** Judges the current row, a star candidate. */
        void judge(ResultSet rs) throws SQLException {
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
                    refreshes.add(new Object[] {facts.customerId(), finding.rule().name(), finding.situation(), name,
                        phone, rs.getString("region"), rs.getString("tier"), rs.getBigDecimal("spend"),
                        rs.getBigDecimal("avg_spend"), reason, period});
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
        }

        /** Writes the batches once they hold {@code atLeast} rows (1: whatever is left). */
        void flush(int atLeast) {
            writeNanos += ActionWrites.insert(jdbc, inserts, atLeast)
                    + ActionWrites.stageRefreshes(jdbc, refreshes, atLeast);
        }

        /** The time its writes took so far, in milliseconds. */
        long writeMillis() {
            return writeNanos / 1_000_000;
        }

        ActionIssuer.IssueOutcome outcome() {
            return new ActionIssuer.IssueOutcome(counts[0], counts[1], counts[2], counts[3]);
        }
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
