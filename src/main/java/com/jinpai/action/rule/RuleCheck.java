package com.jinpai.action.rule;

import java.time.LocalDateTime;
import java.util.List;

import com.jinpai.action.ActionRule;

/**
 * One action rule: the situations it finds for a customer, each with its key. A customer has one
 * OPEN action per rule and key: while the situation carries on, later runs refresh that action's
 * reason and numbers and keep its issue and due dates. Most rules have one situation per customer
 * and only declare its key ({@link OneSituationRule}); a rule with several at once (one per
 * complaint ticket) returns them all.
 */
interface RuleCheck {

    ActionRule rule();

    Schedule schedule();

    /**
     * @param asOfTime the run's as-of time (start of the as-of date, business-zone local time)
     * @return the situations, with their reasons and numbers, the rule fires for; empty when silent
     */
    List<Situation> situations(CustomerFacts facts, LocalDateTime asOfTime);
}
