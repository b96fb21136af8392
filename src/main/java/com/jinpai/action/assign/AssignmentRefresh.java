package com.jinpai.action.assign;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.jinpai.action.ActionsProperties;
import com.jinpai.system.PhaseTimes;
import com.jinpai.value.CustomerStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Brings {@code vip_assignment} in line with the VIPs of a month: releases customers who are no
 * longer VIP, re-decides VIPs whose manager left the export or who had none, assigns new VIPs
 * (most valuable first, so when a region runs out of room the least valuable wait), and moves the
 * open actions of every VIP to its current manager. Set-based SQL plus one ordered read of the
 * VIPs that need a manager; inserts are batched. A VIP still waiting for a manager keeps its row
 * (stamped with the run's month by one statement; its region updated only when it moved), so a
 * city's thousands of unassigned VIPs are not deleted and inserted again every run.
 */
@Service
public class AssignmentRefresh {

    private static final Logger log = LoggerFactory.getLogger(AssignmentRefresh.class);

    /** A VIP of the month: closed accounts are not looked after. */
    static final String IS_VIP = "cm.vip = TRUE AND (cm.status IS NULL OR cm.status <> '"
            + CustomerStatus.CLOSED + "')";

    /**
     * The hint that has a look-up of a month's VIP by customer read {@code customer_month_vip_idx} (V110: the
     * month's VIPs together, with the columns the actions read), where the optimizer would take the primary key
     * and read the wide row; the same words in H2 and MySQL. The look-up must say {@code cm.vip = TRUE}.
     */
    public static final String USE_VIP_INDEX = "USE INDEX (customer_month_vip_idx)";

    private static final int BATCH_ROWS = 1_000;

    private final JdbcTemplate jdbc;
    private final int defaultCapacity;

    public AssignmentRefresh(JdbcTemplate jdbc, ActionsProperties properties) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(BATCH_ROWS);
        this.defaultCapacity = properties.defaultManagerCapacity();
    }

    public AssignmentOutcome refresh(YearMonth month) {
        String period = month.toString();
        PhaseTimes times = new PhaseTimes(log, "assign " + period);
        // whether the month has rows at all: one row of any index, not a count over the month's primary-key range
        if (jdbc.queryForList("SELECT 1 FROM customer_month WHERE bill_month = ? LIMIT 1", Integer.class, period)
                .isEmpty()) {
            // without the month's rows every VIP would look released: keep the assignments as they are
            log.warn("No customer_month rows for {}: VIP assignments left unchanged (run the customer value "
                    + "step for {} first)", period, period);
            return new AssignmentOutcome(count("manager_id IS NOT NULL"), 0, count("manager_id IS NULL"), 0);
        }
        int released = release(period);
        times.lap("release");
        // a VIP whose manager left the export is decided again; one without a manager keeps its row
        jdbc.update("DELETE FROM vip_assignment WHERE manager_id IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM account_manager m WHERE m.manager_id = vip_assignment.manager_id)");
        long kept = count("manager_id IS NOT NULL");
        times.lap("managers left");
        // the VIPs still waiting are decided again in this run: stamped with it in one statement on this small
        // table (no look-up of the month's rows); one given a manager, or whose region changed, is updated below
        jdbc.update("UPDATE vip_assignment SET assigned_month = ? WHERE manager_id IS NULL AND assigned_month <> ?",
                period, period);
        times.lap("waiting VIPs");

        ManagerAssignment assignment = new ManagerAssignment(managers(), loads(), defaultCapacity);
        List<Object[]> inserts = new ArrayList<>(BATCH_ROWS);
        List<Object[]> updates = new ArrayList<>(BATCH_ROWS);
        long[] counts = new long[2];
        jdbc.query("SELECT cm.customer_id, cm.region, a.customer_id AS waiting, a.region FROM customer_month cm"
                + " LEFT JOIN vip_assignment a ON a.customer_id = cm.customer_id"
                + " WHERE cm.bill_month = ? AND " + IS_VIP + " AND (a.customer_id IS NULL OR a.manager_id IS NULL)"
                + " ORDER BY cm.avg_spend DESC, cm.customer_id", rs -> {
                    String region = rs.getString(2);
                    @Nullable String managerId = assignment.assign(region).orElse(null);
                    counts[managerId == null ? 1 : 0]++;
                    if (rs.getString(3) == null) {
                        inserts.add(new Object[] {rs.getString(1), managerId, region, period});
                    }
                    else if (managerId != null || !Objects.equals(region, rs.getString(4))) {
                        updates.add(new Object[] {managerId, region, period, rs.getString(1)});
                    }
                    write(inserts, updates, BATCH_ROWS);
                }, period);
        write(inserts, updates, 1);
        times.lap("assign new");

        // open actions follow the customer to its current manager (or to the unassigned list)
        jdbc.update("""
                UPDATE vip_action SET manager_id =
                    (SELECT a.manager_id FROM vip_assignment a WHERE a.customer_id = vip_action.customer_id)
                WHERE status = 'OPEN' AND EXISTS (SELECT 1 FROM vip_assignment a
                    WHERE a.customer_id = vip_action.customer_id
                    AND COALESCE(a.manager_id, '') <> COALESCE(vip_action.manager_id, ''))""");
        times.lap("move open actions");
        times.done("kept " + kept + ", assigned " + counts[0] + ", unassigned " + counts[1]);
        return new AssignmentOutcome(kept, counts[0], counts[1], released);
    }

    /**
     * Removes the assignments of customers who are not VIP of the month. Who they are is read first, by a plain
     * (non-locking) read that the optimizer answers with one pass over the month's VIPs in the narrow VIP_INDEX,
     * materialised once; then only those rows are deleted, by key, a batch at a time. One {@code DELETE ... WHERE
     * NOT EXISTS} instead ran its subquery once per assignment (a dependent subquery: a look-up per VIP, about
     * 100,000 at a city's scale) and, being a write, read the month's index rows under shared locks.
     *
     * @return the assignments removed
     */
    private int release(String period) {
        List<String> gone = jdbc.queryForList("SELECT a.customer_id FROM vip_assignment a WHERE a.customer_id NOT IN "
                + "(SELECT cm.customer_id FROM customer_month cm " + USE_VIP_INDEX + " WHERE cm.bill_month = ? AND "
                + IS_VIP + ")", String.class, period);
        int released = 0;
        for (int first = 0; first < gone.size(); first += BATCH_ROWS) {
            List<String> batch = gone.subList(first, Math.min(gone.size(), first + BATCH_ROWS));
            released += jdbc.update("DELETE FROM vip_assignment WHERE customer_id IN ("
                    + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")", batch.toArray());
        }
        return released;
    }

    /**
     * Routing for customers who are not VIP but get an action (upgrade nudge, top-N entry): the
     * region's managers without capacity limit, loads as assigned now.
     */
    public ManagerAssignment prospectRouting() {
        return ManagerAssignment.ignoringCapacity(managers(), loads());
    }

    /**
     * Writes the new VIPs' rows, and the waiting VIPs given a manager or moved to another region, once a
     * batch holds {@code atLeast} rows.
     */
    private void write(List<Object[]> inserts, List<Object[]> updates, int atLeast) {
        if (inserts.size() >= atLeast && !inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO vip_assignment (customer_id, manager_id, region, assigned_month) "
                    + "VALUES (?, ?, ?, ?)", inserts);
            inserts.clear();
        }
        if (updates.size() >= atLeast && !updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE vip_assignment SET manager_id = ?, region = ?, assigned_month = ? "
                    + "WHERE customer_id = ?", updates);
            updates.clear();
        }
    }

    private List<ManagerAssignment.Manager> managers() {
        return jdbc.query("SELECT manager_id, region, capacity FROM account_manager",
                (rs, n) -> new ManagerAssignment.Manager(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    private Map<String, Integer> loads() {
        Map<String, Integer> loads = new HashMap<>();
        jdbc.query("SELECT manager_id, COUNT(*) FROM vip_assignment WHERE manager_id IS NOT NULL GROUP BY manager_id",
                rs -> {
                    loads.put(rs.getString(1), rs.getInt(2));
                });
        return loads;
    }

    private long count(String condition) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM vip_assignment WHERE " + condition, Long.class);
        return n == null ? 0 : n;
    }

    /**
     * @param kept VIPs whose manager stayed
     * @param assigned new VIPs (or earlier unassigned ones) given a manager this run
     * @param unassigned VIPs without a manager after the run (no manager of their region had room)
     * @param released customers no longer VIP whose assignment was removed
     */
    public record AssignmentOutcome(long kept, long assigned, long unassigned, long released) {
    }
}
