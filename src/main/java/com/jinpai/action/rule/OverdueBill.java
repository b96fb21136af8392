package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A past-due bill still (partly) unpaid.
 *
 * @param unpaid what of it is unpaid (yuan)
 * @param dueDate the day it fell due
 */
public record OverdueBill(YearMonth billMonth, BigDecimal unpaid, LocalDate dueDate) {
}
