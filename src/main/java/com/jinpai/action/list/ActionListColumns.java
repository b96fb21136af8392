package com.jinpai.action.list;

import java.util.List;

/**
 * The columns of a manager's list, in order. Feedback import finds its columns by these names,
 * so a list handed back is read whatever columns the manager moved or added.
 */
public final class ActionListColumns {

    public static final String PRIORITY = "priority";
    public static final String DUE_DATE = "due_date";
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
    public static final String MANAGER_ID = "manager_id";

    public static final List<String> ALL = List.of(PRIORITY, DUE_DATE, PERIOD, CUSTOMER_ID, CUSTOMER_NAME, PHONE,
            REGION, TIER, RULE, REASON, SPEND, AVERAGE, STATUS, MANAGER_ID);

    /** XLSX column widths (characters), same order as {@link #ALL}. */
    static final List<Integer> WIDTHS = List.of(9, 12, 9, 14, 18, 14, 12, 10, 22, 80, 13, 14, 14, 12);

    private ActionListColumns() {
    }
}
