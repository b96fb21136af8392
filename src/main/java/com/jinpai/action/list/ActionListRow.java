package com.jinpai.action.list;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

import com.jinpai.action.ActionRule;
import com.jinpai.action.ActionStatus;
import com.jinpai.action.Priority;
import org.jspecify.annotations.Nullable;

/** One line of a manager's list, as stored in {@code vip_action} (the phone is already masked). */
public record ActionListRow(
        Priority priority,
        LocalDate dueDate,
        LocalDate issuedOn,
        String period,
        String customerId,
        @Nullable String customerName,
        @Nullable String maskedPhone,
        @Nullable String region,
        String tier,
        ActionRule rule,
        String reason,
        @Nullable BigDecimal spend,
        @Nullable BigDecimal average,
        ActionStatus status,
        @Nullable String note,
        @Nullable String managerId,
        String situation) {

    /**
     * Priority, then due date, then customer id; rule and period make the order total, so a list
     * is written the same way every time (compared in Java: database collations differ).
     */
    public static final Comparator<ActionListRow> LIST_ORDER = Comparator.comparing(ActionListRow::priority)
            .thenComparing(ActionListRow::dueDate)
            .thenComparing(ActionListRow::customerId)
            .thenComparing(ActionListRow::rule)
            .thenComparing(ActionListRow::situation)
            .thenComparing(ActionListRow::period);
}
