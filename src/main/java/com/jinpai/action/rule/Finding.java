package com.jinpai.action.rule;

import java.time.LocalDate;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Priority;
import com.jinpai.action.Reason;

/**
 * A rule that fired for a customer: what to do, in which situation, why (with the numbers), how
 * urgent, by when (counted from the publish day).
 *
 * @param situation the situation's key ({@link Situation#key()}): one OPEN action per customer, rule and key
 */
public record Finding(ActionRule rule, String situation, Priority priority, LocalDate dueDate, Reason reason) {
}
