package com.jinpai.action.rule;

import com.jinpai.action.Priority;

/** How urgent a rule's actions are and how many days after the as-of date they fall due. */
public record Schedule(Priority priority, int dueDays) {
}
