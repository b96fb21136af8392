package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.Function;

/**
 * Which bills a customer's arrears are made of. Payments settle the oldest bills first (as the
 * arrears themselves are computed), so what is unpaid is the newest past-due bills: walking back
 * from the newest, each bill is unpaid in full until the arrears are covered, the oldest of them in
 * part.
 */
public final class OverdueBills {

    private OverdueBills() {
    }

    /**
     * @param arrears overdue arrears of the customer (yuan, above 0)
     * @param billedPastDue billed amount per past-due bill month
     * @param dueDate the due date of a bill month
     * @return the unpaid bills, oldest first; empty when the bills do not explain the arrears
     */
    public static List<OverdueBill> of(BigDecimal arrears, NavigableMap<YearMonth, BigDecimal> billedPastDue,
            Function<YearMonth, LocalDate> dueDate) {
        List<OverdueBill> bills = new ArrayList<>();
        BigDecimal left = arrears;
        for (var bill : billedPastDue.descendingMap().entrySet()) {
            if (left.signum() <= 0) {
                break;
            }
            if (bill.getValue().signum() <= 0) {
                continue;
            }
            BigDecimal unpaid = bill.getValue().min(left);
            bills.add(new OverdueBill(bill.getKey(), unpaid, dueDate.apply(bill.getKey())));
            left = left.subtract(unpaid);
        }
        Collections.reverse(bills);
        return bills;
    }
}
