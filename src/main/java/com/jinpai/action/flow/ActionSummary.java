package com.jinpai.action.flow;

import java.time.YearMonth;
import java.util.Map;

import com.jinpai.action.ActionRule;
import com.jinpai.action.ActionStatus;

/**
 * What the action lists hold after a run, for the run summary.
 *
 * @param issuedPerRule actions of the period per rule, whatever their status now
 * @param statusOfPeriod actions of the period per status
 * @param openPerManager open actions (any period) per manager id, sorted by id
 * @param openWithoutManager open actions (any period) of customers without a manager
 * @param vipsPerManager VIPs assigned per manager id, sorted by id
 * @param unassignedVips VIPs no manager of their region could take
 */
public record ActionSummary(
        YearMonth period,
        Map<ActionRule, Long> issuedPerRule,
        Map<ActionStatus, Long> statusOfPeriod,
        Map<String, Long> openPerManager,
        long openWithoutManager,
        Map<String, Long> vipsPerManager,
        long unassignedVips) {
}
