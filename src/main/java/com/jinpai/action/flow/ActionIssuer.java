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
import com.jinpai.system.PhaseTimes;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Issues the actions of the current period: one ordered read of the month's {@code customer_month}
 * rows that some rule could fire for (VIPs, non-VIPs near the VIP line, top-N entrants, and the star
 * rules' candidates, judged by {@link StarActionIssuer}) with name, phone and manager joined in, plus a small read beforehand (unanswered complaints per ticket); the
 * {@link RuleBook} decides. A VIP in arrears waits until a batch of them has been read, then their
 * {@code bill_total} rows of the past-due months are read by primary key (bill month, customer) and
 * each is judged with the unpaid bills behind its arrears: no read of every customer's bills. Per
 * finding, keyed by customer, rule and situation: an OPEN action of the same situation is refreshed
 * (reason, numbers, tier; its issue and due dates stay; staged in bulk and set by one statement at
 * the end), an action of the same situation already
 * issued in this period (whatever its status) is left alone, anything else is inserted. Reasons are
 * stored in the lists' language, as the manager was told.
 */
@Service
class ActionIssuer {

    private static final Logger log = LoggerFactory.getLogger(ActionIssuer.class);

    /**
     * The month's rows some rule of the {@link RuleBook} could fire for; the parameters: the lowest such average,
     * the month. The top-N entrants are named by a subquery (read once), not by the joined {@code t}: a condition
     * on a joined table is judged after the joins, so every row of the month was looked up in {@code customer}
     * and {@code vip_assignment} before it was dropped; on {@code cm} alone the others are dropped first.
     */
    private static final String VALUE_CANDIDATE = "cm.vip = TRUE OR cm.avg_spend >= ? OR cm.customer_id IN "
            + "(SELECT e.customer_id FROM top_n_change e WHERE e.bill_month = ? AND e.change_type = 'ENTERED')";

    /**
     * One read of the month serves both rule books: the value rules' candidates and the star rules'
     * ({@link StarActionIssuer#CANDIDATE}), each row judged by those whose candidate it is.
     */
    private static final String CANDIDATES = """
            SELECT cm.customer_id, cm.estimated, cm.status, cm.region, cm.tier, cm.previous_tier, cm.indicated_tier,
                   cm.vip, cm.in_grace, cm.downgrade_count, cm.spend, cm.avg_spend, cm.prior_avg_spend, cm.arrears,
                   %s, c.name, c.msisdn, a.customer_id AS assigned, a.manager_id, t.customer_id AS entered,
                   t.rank_now, t.rank_before
            FROM customer_month cm
            LEFT JOIN customer c ON c.customer_id = cm.customer_id
            LEFT JOIN vip_assignment a ON a.customer_id = cm.customer_id
            LEFT JOIN top_n_change t ON t.bill_month = cm.bill_month AND t.customer_id = cm.customer_id
                       AND t.change_type = 'ENTERED'
            WHERE cm.bill_month = ? AND ((%s) OR (%s))
            ORDER BY cm.customer_id""".formatted(StarActionIssuer.COLUMNS, VALUE_CANDIDATE,
            StarActionIssuer.CANDIDATE);

    /** What a month's bill asks for, in fen: every line of it, as the arrears rule settles it. */
    private static final String BILLED_FEN = java.util.Arrays.stream(ChargeType.values())
            .map(type -> "b." + type.totalColumn()).collect(java.util.stream.Collectors.joining(" + "));

    private final JdbcTemplate jdbc;
    private final RuleBook rules;
    private final AssignmentRefresh assignments;
    private final ArrearsRule arrears;
    private final ActionMessages messages;
    private final PaymentCoverage payments;
    private final StarActionIssuer starIssuer;

    ActionIssuer(JdbcTemplate jdbc, ActionsProperties properties, TierProperties tiers, ArrearsProperties arrears,
            AssignmentRefresh assignments, ActionMessages messages, PaymentCoverage payments,
            StarActionIssuer starIssuer) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(ActionWrites.BATCH_ROWS);
        this.rules = RuleBook.from(properties.rules(), tiers);
        this.arrears = new ArrearsRule(arrears);
        this.assignments = assignments;
        this.messages = messages;
        this.payments = payments;
        this.starIssuer = starIssuer;
    }

    /**
     * @param asOf the run's as-of date (the data's day: complaints are timed to it, bills past due on it)
     * @param publishDay the day the lists are published: issue and due dates
     */
    IssueOutcome issue(YearMonth month, LocalDate asOf, LocalDate publishDay) {
        String period = month.toString();
        PhaseTimes times = new PhaseTimes(log, "issue " + period);
        Set<String> open = ActionWrites.keys(jdbc,
                "SELECT customer_id, rule_code, situation FROM vip_action WHERE status = 'OPEN'");
        Set<String> issued = ActionWrites.keys(jdbc,
                "SELECT customer_id, rule_code, situation FROM vip_action WHERE period = ?", period);
        StarActionIssuer.Judge stars = starIssuer.judge(month, publishDay);
        ActionWrites.clearRefreshes(jdbc);
        times.lap("action keys");
        boolean baseline = isBaseline(month);
        Map<String, List<OpenComplaint>> complaints = unansweredComplaints(asOf);
        times.lap("complaints");
        List<YearMonth> pastDue = pastDueBillMonths(asOf);
        ManagerAssignment prospects = assignments.prospectRouting();
        // arrears read as unpaid bills are only real when the payments are known up to the due date judged
        boolean arrearsKnown = payments.gap(month, asOf) == null;
        Judge judge = new Judge(period, asOf, publishDay, open, issued, prospects, arrearsKnown);
        BigDecimal lowestAverage = rules.lowestNonVipAverage();
        // VIPs in arrears wait for their past-due bills, read by key for a batch of them at a time
        List<Candidate> inArrears = new ArrayList<>(ActionWrites.BATCH_ROWS);
        jdbc.query(CANDIDATES, rs -> {
            if (isValueCandidate(rs, lowestAverage)) {
                Candidate candidate = candidate(rs, month, baseline,
                        complaints.getOrDefault(rs.getString("customer_id"), List.of()));
                if (candidate.facts().vip() && candidate.facts().arrears().signum() > 0) {
                    inArrears.add(candidate);
                    if (inArrears.size() == ActionWrites.BATCH_ROWS) {
                        judgeInArrears(judge, inArrears, pastDue);
                    }
                }
                else {
                    judge.judge(candidate);
                }
                judge.flush(ActionWrites.BATCH_ROWS);
            }
            if (stars.isCandidate(rs)) {
                stars.judge(rs);
                stars.flush(ActionWrites.BATCH_ROWS);
            }
        }, period, lowestAverage, period, starIssuer.nonVips());
        judgeInArrears(judge, inArrears, pastDue);
        judge.flush(1);
        stars.flush(1);
        times.lap("candidates, rules and writes (" + judge.writeTimes() + ", star writes " + stars.writeMillis()
                + " ms)");
        ActionWrites.applyRefreshes(jdbc);
        times.lap("refresh open actions");
        IssueOutcome outcome = judge.outcome();
        IssueOutcome starOutcome = stars.outcome();
        times.done(outcome.candidates() + " candidate(s), " + outcome.issued() + " new, " + outcome.refreshed()
                + " refreshed; star rules " + starOutcome.candidates() + " candidate(s), " + starOutcome.issued()
                + " new, " + starOutcome.refreshed() + " refreshed");
        return outcome.plus(starOutcome);
    }

    /** Whether the current row is a candidate of the value rules, as {@link #VALUE_CANDIDATE} says. */
    private static boolean isValueCandidate(ResultSet rs, BigDecimal lowestAverage) throws SQLException {
        BigDecimal average = rs.getBigDecimal("avg_spend");
        return rs.getBoolean("vip") || (average != null && average.compareTo(lowestAverage) >= 0)
                || rs.getString("entered") != null;
    }

    /** The bill months past due on the as-of date, of those {@code bill_total} holds. */
    private List<YearMonth> pastDueBillMonths(LocalDate asOf) {
        return jdbc.queryForList("SELECT DISTINCT bill_month FROM bill_total", String.class).stream()
                .map(YearMonth::parse).filter(billMonth -> arrears.isPastDue(billMonth, asOf)).sorted().toList();
    }

    /** Judges VIPs in arrears with the unpaid past-due bills behind their arrears. */
    private void judgeInArrears(Judge judge, List<Candidate> candidates, List<YearMonth> pastDue) {
        if (candidates.isEmpty()) {
            return;
        }
        Map<String, List<OverdueBill>> overdue = overdueBills(candidates, pastDue);
        for (Candidate candidate : candidates) {
            List<OverdueBill> bills = overdue.get(candidate.facts().customerId());
            judge.judge(bills == null ? candidate : candidate.withOverdueBills(bills));
        }
        candidates.clear();
    }

    /**
     * The unpaid past-due bills behind the arrears of VIPs in arrears: their {@code bill_total} rows of
     * the past-due months, by primary key (bill month, customer).
     */
    private Map<String, List<OverdueBill>> overdueBills(List<Candidate> candidates, List<YearMonth> pastDue) {
        Map<String, List<OverdueBill>> bills = new HashMap<>();
        if (pastDue.isEmpty()) {
            return bills;
        }
        Map<String, NavigableMap<YearMonth, BigDecimal>> billed = new HashMap<>();
        List<Object> args = new ArrayList<>(pastDue.size() + candidates.size());
        pastDue.forEach(billMonth -> args.add(billMonth.toString()));
        candidates.forEach(candidate -> args.add(candidate.facts().customerId()));
        jdbc.query("SELECT b.customer_id, b.bill_month, " + BILLED_FEN + " FROM bill_total b WHERE b.bill_month IN ("
                + marks(pastDue.size()) + ") AND b.customer_id IN (" + marks(candidates.size()) + ")", rs -> {
                    billed.computeIfAbsent(rs.getString(1), c -> new TreeMap<>()).put(YearMonth.parse(rs.getString(2)),
                            BigDecimal.valueOf(rs.getLong(3), 2));
                }, args.toArray());
        for (Candidate candidate : candidates) {
            NavigableMap<YearMonth, BigDecimal> months = billed.get(candidate.facts().customerId());
            if (months != null) {
                bills.put(candidate.facts().customerId(),
                        OverdueBills.of(candidate.facts().arrears(), months, arrears::dueDate));
            }
        }
        return bills;
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
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

    private static Candidate candidate(ResultSet rs, YearMonth month, boolean baseline,
            List<OpenComplaint> complaints) throws SQLException {
        int rankNow = rs.getInt("rank_now");
        TopRankEntry entry = null;
        if (!rs.wasNull()) {
            int rankBefore = rs.getInt("rank_before");
            entry = new TopRankEntry(rankNow, rs.wasNull() ? null : rankBefore);
        }
        BigDecimal arrears = rs.getBigDecimal("arrears");
        CustomerFacts facts = new CustomerFacts(rs.getString("customer_id"), month, baseline, rs.getBoolean("estimated"),
                CustomerStatus.isClosed(rs.getString("status")), rs.getString("tier"), rs.getString("previous_tier"),
                rs.getString("indicated_tier"), rs.getBoolean("vip"), rs.getBoolean("in_grace"),
                rs.getInt("downgrade_count"), rs.getBigDecimal("spend"), rs.getBigDecimal("avg_spend"),
                rs.getBigDecimal("prior_avg_spend"), arrears == null ? BigDecimal.ZERO : arrears, List.of(), complaints,
                entry);
        return new Candidate(facts, rs.getString("name"), PhoneMask.mask(rs.getString("msisdn")),
                rs.getString("region"), rs.getString("assigned") != null, rs.getString("manager_id"));
    }

    /** A candidate row as read: what the rules judge and what its actions carry. */
    private record Candidate(CustomerFacts facts, @Nullable String name, @Nullable String maskedPhone,
            @Nullable String region, boolean assigned, @Nullable String managerId) {

        Candidate withOverdueBills(List<OverdueBill> bills) {
            CustomerFacts f = facts;
            return new Candidate(new CustomerFacts(f.customerId(), f.month(), f.baseline(), f.estimated(), f.closed(),
                    f.tier(), f.previousTier(), f.indicatedTier(), f.vip(), f.inGrace(), f.downgradeCount(), f.spend(),
                    f.average(), f.priorAverage(), f.arrears(), bills, f.complaints(), f.topRankEntry()), name,
                    maskedPhone, region, assigned, managerId);
        }
    }

    /**
     * The rules' findings for candidates, one at a time, turned into writes: a refresh of the open
     * action of the same situation, nothing for one already issued in the period, else an insert.
     */
    private final class Judge {

        private final String period;
        private final LocalDate asOf;
        private final LocalDate publishDay;
        private final Set<String> open;
        private final Set<String> issued;
        private final ManagerAssignment prospects;
        private final boolean arrearsKnown;
        private final List<Object[]> inserts = new ArrayList<>(ActionWrites.BATCH_ROWS);
        private final List<Object[]> refreshes = new ArrayList<>(ActionWrites.BATCH_ROWS);
        private long candidates;
        private long findingCount;
        private long newActions;
        private long refreshed;
        private long insertNanos;
        private long refreshNanos;

        Judge(String period, LocalDate asOf, LocalDate publishDay, Set<String> open, Set<String> issued,
                ManagerAssignment prospects, boolean arrearsKnown) {
            this.period = period;
            this.asOf = asOf;
            this.publishDay = publishDay;
            this.open = open;
            this.issued = issued;
            this.prospects = prospects;
            this.arrearsKnown = arrearsKnown;
        }

        void judge(Candidate candidate) {
            candidates++;
            CustomerFacts facts = candidate.facts();
            List<Finding> findings = rules.evaluate(facts, asOf, publishDay);
            if (!arrearsKnown) {
                findings = findings.stream().filter(f -> f.rule() != ActionRule.ARREARS_NOTICE).toList();
            }
            if (findings.isEmpty()) {
                return;
            }
            findingCount += findings.size();
            String customerId = facts.customerId();
            String managerId = null;
            boolean routed = false;
            for (Finding finding : findings) {
                String key = ActionWrites.key(customerId, finding.rule().name(), finding.situation());
                String reason = messages.text(finding.reason());
                if (open.contains(key)) {
                    refreshed++;
                    refreshes.add(new Object[] {customerId, finding.rule().name(), finding.situation(),
                            candidate.name(), candidate.maskedPhone(), candidate.region(), facts.tier(), facts.spend(),
                            facts.average(), reason, period});
                    continue;
                }
                if (issued.contains(key)) {
                    continue;
                }
                if (!routed) {
                    managerId = manager(candidate);
                    routed = true;
                }
                newActions++;
                inserts.add(new Object[] {customerId, finding.rule().name(), finding.situation(), period,
                        candidate.name(), candidate.maskedPhone(), candidate.region(), facts.tier(), facts.spend(),
                        facts.average(), finding.priority().name(), reason, Date.valueOf(publishDay),
                        Date.valueOf(finding.dueDate()), managerId, period});
            }
        }

        /** A VIP's action goes to its manager (none if unassigned); anyone else's is routed in its region. */
        private @Nullable String manager(Candidate candidate) {
            if (candidate.assigned()) {
                return candidate.managerId();
            }
            return candidate.facts().vip() ? null : prospects.assign(candidate.region()).orElse(null);
        }

        void flush(int atLeast) {
            insertNanos += ActionWrites.insert(jdbc, inserts, atLeast);
            refreshNanos += ActionWrites.stageRefreshes(jdbc, refreshes, atLeast);
        }

        /** What the step log says of the time its writes took. */
        String writeTimes() {
            return "inserts " + insertNanos / 1_000_000 + " ms, refreshes staged " + refreshNanos / 1_000_000 + " ms";
        }

        IssueOutcome outcome() {
            return new IssueOutcome(candidates, findingCount, newActions, refreshed);
        }
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
