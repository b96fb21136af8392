package com.jinpai.report;

import java.time.YearMonth;
import java.util.Map;

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
}
