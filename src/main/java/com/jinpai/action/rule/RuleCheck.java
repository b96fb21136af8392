package com.jinpai.action.rule;

import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;

/** One action rule: silent, or the reason sentence a manager reads. */
interface RuleCheck {

    ActionRule rule();

    Schedule schedule();

    /**
     * @param asOfTime the run's as-of time (start of the as-of date, business-zone local time)
     * @return the reason, with its numbers, when the rule fires for these facts
     */
    Optional<String> reason(CustomerFacts facts, LocalDateTime asOfTime);
}
