package com.jinpai.action.rule;

import java.time.LocalDate;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Priority;

/** A rule that fired for a customer: what to do, why (with the numbers), how urgent, by when. */
public record Finding(ActionRule rule, Priority priority, LocalDate dueDate, String reason) {
}
