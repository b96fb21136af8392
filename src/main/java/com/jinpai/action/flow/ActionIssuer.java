package com.jinpai.action.flow;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jinpai.action.ActionsProperties;
import com.jinpai.action.assign.AssignmentRefresh;
import com.jinpai.action.assign.ManagerAssignment;
import com.jinpai.action.list.PhoneMask;
import com.jinpai.action.rule.ComplaintBacklog;
import com.jinpai.action.rule.CustomerFacts;
import com.jinpai.action.rule.Finding;
import com.jinpai.action.rule.RuleBook;
import com.jinpai.action.rule.TopRankEntry;
import com.jinpai.value.CustomerStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Issues the actions of a month: one ordered read of the month's {@code customer_month} rows that
 * some rule could fire for (VIPs, non-VIPs near the gold line, top-N entrants) with name, phone,
 * manager, open complaints and top-N entry joined in; the {@link RuleBook} decides; actions not yet
 * in {@code vip_action} are batch-inserted, so an action already there for (customer, rule,
 * period), whatever its status, is never issued again. The open month's rows are its estimate, a closed month's are final:
 * the month given picks them, as {@code customer_month} holds one or the other.
 */
@Service
class ActionIssuer {

    private static final String CANDIDATES = """
            SELECT cm.customer_id, cm.estimated, cm.status, cm.region, cm.tier, cm.previous_tier, cm.indicated_tier,
                   cm.vip, cm.in_grace, cm.downgrade_count, cm.spend, cm.avg_spend, cm.prior_avg_spend, cm.arrears,
                   c.name, c.msisdn, a.customer_id AS assigned, a.manager_id,
                   q.waiting, q.oldest_opened_at, t.rank_now, t.rank_before
            FROM customer_month cm
            LEFT JOIN customer c ON c.customer_id = cm.customer_id
            LEFT JOIN vip_assignment a ON a.customer_id = cm.customer_id
            LEFT JOIN (SELECT customer_id, COUNT(*) AS waiting, MIN(opened_at) AS oldest_opened_at FROM complaint
                       WHERE first_response_at IS NULL AND closed_at IS NULL AND opened_at < ?
                       GROUP BY customer_id) q ON q.customer_id = cm.customer_id
            LEFT JOIN top_n_change t ON t.bill_month = cm.bill_month AND t.customer_id = cm.customer_id
                       AND t.change_type = 'ENTERED'
            WHERE cm.bill_month = ? AND (cm.vip = TRUE OR cm.avg_spend >= ? OR t.customer_id IS NOT NULL)
            ORDER BY cm.customer_id""";

    // a plain insert: the keys already there are skipped before, and should a second run of the same
    // month slip in meanwhile, the primary key fails this one loudly instead of issuing twice
    private static final String INSERT = """
            INSERT INTO vip_action (customer_id, rule_code, period, customer_name, masked_phone, region, tier, spend,
                avg_spend, priority, reason, issued_on, due_date, status, manager_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""";

    private static final int BATCH_ROWS = 1_000;

    private final JdbcTemplate jdbc;
    private final RuleBook rules;
    private final AssignmentRefresh assignments;

    ActionIssuer(JdbcTemplate jdbc, ActionsProperties properties, AssignmentRefresh assignments) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(BATCH_ROWS);
        this.rules = RuleBook.from(properties.rules());
        this.assignments = assignments;
    }

    IssueOutcome issue(YearMonth month, LocalDate asOf) {
        String period = month.toString();
        Set<String> issued = issuedKeys(period);
        ManagerAssignment prospects = assignments.prospectRouting();
        List<Object[]> batch = new ArrayList<>(BATCH_ROWS);
        long[] counts = new long[3];
        jdbc.query(CANDIDATES, rs -> {
            counts[0]++;
            CustomerFacts facts = facts(rs, month);
            List<Finding> findings = rules.evaluate(facts, asOf);
            if (findings.isEmpty()) {
                return;
            }
            counts[1] += findings.size();
            findings = findings.stream().filter(f -> !issued.contains(key(facts.customerId(), f.rule().name())))
                    .toList();
            if (findings.isEmpty()) {
                return;
            }
            String managerId = manager(rs, facts, prospects);
            String name = rs.getString("name");
            String phone = PhoneMask.mask(rs.getString("msisdn"));
            String region = rs.getString("region");
            for (Finding finding : findings) {
                counts[2]++;
                batch.add(new Object[] {facts.customerId(), finding.rule().name(), period, name, phone, region,
                        facts.tier(), facts.spend(), facts.average(), finding.priority().name(), finding.reason(),
                        Date.valueOf(asOf), Date.valueOf(finding.dueDate()), managerId});
            }
            if (batch.size() >= BATCH_ROWS) {
                insert(batch);
            }
        }, asOf.atStartOfDay(), period, rules.lowestNonVipAverage());
        insert(batch);
        return new IssueOutcome(counts[0], counts[1], counts[2]);
    }

    /** A VIP's action goes to its manager (none if unassigned); anyone else's is routed in its region. */
    private static @Nullable String manager(ResultSet rs, CustomerFacts facts, ManagerAssignment prospects)
            throws SQLException {
        if (rs.getString("assigned") != null) {
            return rs.getString("manager_id");
        }
        return facts.vip() ? null : prospects.assign(rs.getString("region")).orElse(null);
    }

    private static CustomerFacts facts(ResultSet rs, YearMonth month) throws SQLException {
        LocalDateTime oldest = rs.getObject("oldest_opened_at", LocalDateTime.class);
        ComplaintBacklog complaints = oldest == null ? null : new ComplaintBacklog(rs.getInt("waiting"), oldest);
        int rankNow = rs.getInt("rank_now");
        TopRankEntry entry = null;
        if (!rs.wasNull()) {
            int rankBefore = rs.getInt("rank_before");
            entry = new TopRankEntry(rankNow, rs.wasNull() ? null : rankBefore);
        }
        BigDecimal arrears = rs.getBigDecimal("arrears");
        return new CustomerFacts(rs.getString("customer_id"), month, rs.getBoolean("estimated"),
                CustomerStatus.isClosed(rs.getString("status")), rs.getString("tier"), rs.getString("previous_tier"),
                rs.getString("indicated_tier"), rs.getBoolean("vip"), rs.getBoolean("in_grace"),
                rs.getInt("downgrade_count"), rs.getBigDecimal("spend"), rs.getBigDecimal("avg_spend"),
                rs.getBigDecimal("prior_avg_spend"), arrears == null ? BigDecimal.ZERO : arrears, complaints, entry);
    }

    private void insert(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(INSERT, batch);
            batch.clear();
        }
    }

    /**
     * The (customer, rule) pairs of the period already in {@code vip_action}, whatever their status:
     * one read, instead of asking the database row by row (H2 answers an upsert that hits an
     * existing key only after a failed insert, milliseconds each).
     */
    private Set<String> issuedKeys(String period) {
        Set<String> keys = new HashSet<>();
        jdbc.query("SELECT customer_id, rule_code FROM vip_action WHERE period = ?", rs -> {
            keys.add(key(rs.getString(1), rs.getString(2)));
        }, period);
        return keys;
    }

    private static String key(String customerId, String rule) {
        return customerId + '\u0000' + rule;
    }

    /**
     * @param candidates customer rows read (VIPs, near-gold non-VIPs, top-N entrants)
     * @param findings rules that fired
     * @param issued actions new in {@code vip_action} (findings minus those already there)
     */
    record IssueOutcome(long candidates, long findings, long issued) {
    }
}
