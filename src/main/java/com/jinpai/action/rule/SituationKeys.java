package com.jinpai.action.rule;

import java.time.YearMonth;

/** The shapes a situation key takes; each rule says which one is its own. */
final class SituationKeys {

    /** One situation per customer: still in grace, arrears still overdue, still near the line. */
    static final String CUSTOMER = "customer";

    private SituationKeys() {
    }

    /** One situation per bill month: the month-to-date alert of November and November's closed bill are one. */
    static String billMonth(YearMonth month) {
        return "month:" + month;
    }

    /** One situation per complaint ticket. */
    static String ticket(String ticketId) {
        return "ticket:" + ticketId;
    }
}
