package com.jinpai.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * VIP action counts for a month, provided by the action feature. The report renders a
 * "no action data" note when no bean implements this.
 */
public interface ActionStatistics {

    /** Actions issued for the month per rule name (e.g. NEW_VIP_WELCOME). */
    Map<String, Long> perRule(YearMonth month);

    /** Actions issued for the month per account manager (id or display name). */
    Map<String, Long> perManager(YearMonth month);

    /** Actions for VIPs no manager could take. */
    long unassigned(YearMonth month);

    /**
     * The service standard per account manager: of the actions issued for the month, how many were
     * done on time, done late, expired, and are still open; one row per manager with actions of the
     * month, by manager id.
     */
    List<ManagerService> service(YearMonth month);

    /**
     * @param name the manager's name from the manager export; null for a manager no longer in it
     * @param issued actions issued for the month; the other four counts add up to it
     */
    record ManagerService(String managerId, @Nullable String name, long issued, long doneOnTime, long doneLate,
            long expired, long open) {
    }
}
