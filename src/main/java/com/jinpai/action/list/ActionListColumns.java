package com.jinpai.action.list;

import java.util.List;
import java.util.Set;

/**
 * The columns of a manager's list, in order, by id. The header shows each in the list's language
 * ({@code column.<id>} in the bundles); feedback import finds its columns by id or by the header of
 * any bundle, so a list handed back is read whatever columns the manager moved or added.
 */
public final class ActionListColumns {

    public static final String PRIORITY = "priority";
    public static final String DUE_DATE = "due_date";
    public static final String ISSUED_ON = "issued_on";
    public static final String PERIOD = "period";
    public static final String CUSTOMER_ID = "customer_id";
    public static final String CUSTOMER_NAME = "customer_name";
    public static final String PHONE = "phone";
    public static final String REGION = "region";
    public static final String TIER = "tier";
    public static final String RULE = "rule";
    public static final String REASON = "reason";
    public static final String SPEND = "month_spend";
    public static final String AVERAGE = "average_spend";
    /** OPEN when written; the manager writes DONE or a note. */
    public static final String STATUS = "status";
    /** The manager's note: handed back through import-feedback, shown again while the action is open. */
    public static final String NOTE = "note";
    public static final String MANAGER_ID = "manager_id";
    /** Which situation of the rule the row is about (a complaint ticket, a bill month), for the hand-back. */
    public static final String SITUATION = "situation";

    public static final List<String> ALL = List.of(PRIORITY, DUE_DATE, ISSUED_ON, PERIOD, CUSTOMER_ID, CUSTOMER_NAME,
            PHONE, REGION, TIER, RULE, REASON, SPEND, AVERAGE, STATUS, NOTE, MANAGER_ID, SITUATION);

    /** XLSX column widths (characters), same order as {@link #ALL}. */
    static final List<Integer> WIDTHS = List.of(8, 12, 12, 9, 13, 12, 13, 10, 10, 16, 70, 11, 12, 8, 24, 12, 14);

    /** The columns of free text that wrap in the XLSX instead of being cut off at the next column. */
    static final Set<String> WRAPPED = Set.of(REASON, NOTE);

    private ActionListColumns() {
    }
}
