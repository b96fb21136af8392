package com.jinpai.action.flow;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import com.jinpai.action.ActionMessages;
import com.jinpai.action.ActionRule;
import com.jinpai.action.ActionsProperties;
import com.jinpai.action.assign.AssignmentRefresh;
import com.jinpai.action.assign.ManagerAssignment;
import com.jinpai.action.list.PhoneMask;
import com.jinpai.action.rule.CustomerFacts;
import com.jinpai.action.rule.Finding;
import com.jinpai.action.rule.OpenComplaint;
import com.jinpai.action.rule.OverdueBill;
import com.jinpai.action.rule.OverdueBills;
import com.jinpai.action.rule.RuleBook;
import com.jinpai.action.rule.TopRankEntry;
import com.jinpai.ingest.quality.PaymentCoverage;
import com.jinpai.value.CustomerStatus;
import com.jinpai.value.spend.ArrearsProperties;
import com.jinpai.value.spend.ArrearsRule;
import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.tier.TierProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Issues the actions of the current period: one ordered read of the month's {@code customer_month}
 * rows that some rule could fire for (VIPs, non-VIPs near the VIP line, top-N entrants) with name,
 * phone and manager joined in, plus two small reads beforehand (unanswered complaints per ticket,
 * past-due bills of VIPs in arrears); the {@link RuleBook} decides. Per finding, keyed by customer,
 * rule and situation: an OPEN action of the same situation is refreshed (reason, numbers, tier; its
 * issue and due dates stay), an action of the same situation already issued in this period
 * (whatever its status) is left alone, anything else is inserted. Reasons are stored in the lists'
 * language, as the manager was told.
 */
@Service
class ActionIssuer {

    private static final String CANDIDATES = """
            SELECT cm.customer_id, cm.estimated, cm.status, cm.region, cm.tier, cm.previous_tier, cm.indicated_tier,
                   cm.vip, cm.in_grace, cm.downgrade_count, cm.spend, cm.avg_spend, cm.prior_avg_spend, cm.arrears,
                   c.name, c.msisdn, a.customer_id AS assigned, a.manager_id, t.rank_now, t.rank_before
            FROM customer_month cm
            LEFT JOIN customer c ON c.customer_id = cm.customer_id
            LEFT JOIN vip_assignment a ON a.customer_id = cm.customer_id
            LEFT JOIN top_n_change t ON t.bill_month = cm.bill_month AND t.customer_id = cm.customer_id
                       AND t.change_type = 'ENTERED'
            WHERE cm.bill_month = ? AND (cm.vip = TRUE OR cm.avg_spend >= ? OR t.customer_id IS NOT NULL)
            ORDER BY cm.customer_id""";

    /** What a month's bill asks for, in fen: every line of it, as the arrears rule settles it. */
    private static final String BILLED_FEN = java.util.Arrays.stream(ChargeType.values())
            .map(type -> "b." + type.totalColumn()).collect(java.util.stream.Collectors.joining(" + "));

    private final JdbcTemplate jdbc;
    private final RuleBook rules;
    private final AssignmentRefresh assignments;
    private final ArrearsRule arrears;
    private final ActionMessages messages;
    private final PaymentCoverage payments;

    ActionIssuer(JdbcTemplate jdbc, ActionsProperties properties, TierProperties tiers, ArrearsProperties arrears,
            AssignmentRefresh assignments, ActionMessages messages, PaymentCoverage payments) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(ActionWrites.BATCH_ROWS);
        this.rules = RuleBook.from(properties.rules(), tiers);
        this.arrears = new ArrearsRule(arrears);
        this.assignments = assignments;
        this.messages = messages;
        this.payments = payments;
    }

    /**
     * @param asOf the run's as-of date (the data's day: complaints are timed to it, bills past due on it)
     * @param publishDay the day the lists are published: issue and due dates
     */
    IssueOutcome issue(YearMonth month, LocalDate asOf, LocalDate publishDay) {
        String period = month.toString();
        Set<String> open = ActionWrites.keys(jdbc,
                "SELECT customer_id, rule_code, situation FROM vip_action WHERE status = 'OPEN'");
        Set<String> issued = ActionWrites.keys(jdbc,
                "SELECT customer_id, rule_code, situation FROM vip_action WHERE period = ?", period);
        boolean baseline = isBaseline(month);
        Map<String, List<OpenComplaint>> complaints = unansweredComplaints(asOf);
        Map<String, List<OverdueBill>> overdue = overdueBills(month, asOf);
        ManagerAssignment prospects = assignments.prospectRouting();
        List<Object[]> inserts = new ArrayList<>(ActionWrites.BATCH_ROWS);
        List<Object[]> refreshes = new ArrayList<>(ActionWrites.BATCH_ROWS);
        long[] counts = new long[4];
        // arrears read as unpaid bills are only real when the payments are known up to the due date judged
        boolean arrearsKnown = payments.gap(month, asOf) == null;
        jdbc.query(CANDIDATES, rs -> {
            counts[0]++;
            String customerId = rs.getString("customer_id");
            CustomerFacts facts = facts(rs, month, baseline, complaints.getOrDefault(customerId, List.of()),
                    overdue.getOrDefault(customerId, List.of()));
            List<Finding> findings = rules.evaluate(facts, asOf, publishDay);
            if (!arrearsKnown) {
                findings = findings.stream().filter(f -> f.rule() != ActionRule.ARREARS_NOTICE).toList();
            }
            if (findings.isEmpty()) {
                return;
            }
            counts[1] += findings.size();
            String managerId = null;
            boolean routed = false;
            String name = rs.getString("name");
            String phone = PhoneMask.mask(rs.getString("msisdn"));
            String region = rs.getString("region");
            for (Finding finding : findings) {
                String key = ActionWrites.key(customerId, finding.rule().name(), finding.situation());
                String reason = messages.text(finding.reason());
                if (open.contains(key)) {
                    counts[3]++;
                    refreshes.add(new Object[] {name, phone, region, facts.tier(), facts.spend(), facts.average(),
                            reason, period, customerId, finding.rule().name(), finding.situation()});
                    continue;
                }
                if (issued.contains(key)) {
                    continue;
                }
                if (!routed) {
                    managerId = manager(rs, facts, prospects);
                    routed = true;
                }
                counts[2]++;
                inserts.add(new Object[] {customerId, finding.rule().name(), finding.situation(), period, name, phone,
                        region, facts.tier(), facts.spend(), facts.average(), finding.priority().name(), reason,
                        Date.valueOf(publishDay), Date.valueOf(finding.dueDate()), managerId, period});
            }
            ActionWrites.flush(jdbc, ActionWrites.INSERT, inserts, ActionWrites.BATCH_ROWS);
            ActionWrites.flush(jdbc, ActionWrites.REFRESH, refreshes, ActionWrites.BATCH_ROWS);
        }, period, rules.lowestNonVipAverage());
        ActionWrites.flush(jdbc, ActionWrites.INSERT, inserts, 1);
        ActionWrites.flush(jdbc, ActionWrites.REFRESH, refreshes, 1);
        return new IssueOutcome(counts[0], counts[1], counts[2], counts[3]);
    }

    /** The first evaluated month establishes who is VIP and who is top-N: no closed month was evaluated before it. */
    private boolean isBaseline(YearMonth month) {
        Integer earlier = jdbc.queryForObject("SELECT COUNT(*) FROM value_month_state WHERE bill_month < ?",
                Integer.class, month.toString());
        return earlier == null || earlier == 0;
    }

    /** Open complaints without a first response opened before the as-of time, per customer, oldest first. */
    private Map<String, List<OpenComplaint>> unansweredComplaints(LocalDate asOf) {
        Map<String, List<OpenComplaint>> complaints = new HashMap<>();
        jdbc.query("SELECT customer_id, ticket_id, opened_at FROM complaint WHERE first_response_at IS NULL "
                + "AND closed_at IS NULL AND opened_at < ? ORDER BY customer_id, opened_at, ticket_id", rs -> {
                    complaints.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(
                            new OpenComplaint(rs.getString(2), rs.getObject(3, LocalDateTime.class)));
                }, asOf.atStartOfDay());
        return complaints;
    }

    /** The unpaid past-due bills behind the arrears of the month's VIPs in arrears. */
    private Map<String, List<OverdueBill>> overdueBills(YearMonth month, LocalDate asOf) {
        Map<String, BigDecimal> owed = new HashMap<>();
        Map<String, NavigableMap<YearMonth, BigDecimal>> billed = new HashMap<>();
        jdbc.query("SELECT cm.customer_id, cm.arrears, b.bill_month, " + BILLED_FEN + " FROM customer_month cm "
                + "JOIN bill_total b ON b.customer_id = cm.customer_id "
                + "WHERE cm.bill_month = ? AND cm.vip = TRUE AND cm.arrears > 0", rs -> {
                    YearMonth billMonth = YearMonth.parse(rs.getString(3));
                    if (arrears.isPastDue(billMonth, asOf)) {
                        owed.put(rs.getString(1), rs.getBigDecimal(2));
                        billed.computeIfAbsent(rs.getString(1), c -> new TreeMap<>()).put(billMonth,
                                BigDecimal.valueOf(rs.getLong(4), 2));
                    }
                }, month.toString());
        Map<String, List<OverdueBill>> bills = new HashMap<>();
        billed.forEach((customer, months) -> bills.put(customer,
                OverdueBills.of(owed.get(customer), months, arrears::dueDate)));
        return bills;
    }

    /** A VIP's action goes to its manager (none if unassigned); anyone else's is routed in its region. */
    private static @Nullable String manager(ResultSet rs, CustomerFacts facts, ManagerAssignment prospects)
            throws SQLException {
        if (rs.getString("assigned") != null) {
            return rs.getString("manager_id");
        }
        return facts.vip() ? null : prospects.assign(rs.getString("region")).orElse(null);
    }

    private static CustomerFacts facts(ResultSet rs, YearMonth month, boolean baseline,
            List<OpenComplaint> complaints, List<OverdueBill> overdue) throws SQLException {
        int rankNow = rs.getInt("rank_now");
        TopRankEntry entry = null;
        if (!rs.wasNull()) {
            int rankBefore = rs.getInt("rank_before");
            entry = new TopRankEntry(rankNow, rs.wasNull() ? null : rankBefore);
        }
        BigDecimal arrears = rs.getBigDecimal("arrears");
        return new CustomerFacts(rs.getString("customer_id"), month, baseline, rs.getBoolean("estimated"),
                CustomerStatus.isClosed(rs.getString("status")), rs.getString("tier"), rs.getString("previous_tier"),
                rs.getString("indicated_tier"), rs.getBoolean("vip"), rs.getBoolean("in_grace"),
                rs.getInt("downgrade_count"), rs.getBigDecimal("spend"), rs.getBigDecimal("avg_spend"),
                rs.getBigDecimal("prior_avg_spend"), arrears == null ? BigDecimal.ZERO : arrears, overdue, complaints,
                entry);
    }

    /**
     * @param candidates customer rows read (VIPs, near-line non-VIPs, top-N entrants)
     * @param findings situations the rules found
     * @param issued actions new in {@code vip_action}
     * @param refreshed open actions of a situation that carries on, their reason and numbers refreshed
     */
    record IssueOutcome(long candidates, long findings, long issued, long refreshed) {

        IssueOutcome plus(IssueOutcome other) {
            return new IssueOutcome(candidates + other.candidates, findings + other.findings, issued + other.issued,
                    refreshed + other.refreshed);
        }
    }
}
