package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;

/** A VIP with overdue arrears (billed minus paid on bills past due) above the configured amount. */
final class ArrearsNoticeRule implements RuleCheck {

    private final Schedule schedule;
    private final BigDecimal minArrears;

    ArrearsNoticeRule(Schedule schedule, BigDecimal minArrears) {
        this.schedule = schedule;
        this.minArrears = minArrears;
    }

    @Override
    public ActionRule rule() {
        return ActionRule.ARREARS_NOTICE;
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public Optional<String> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        if (!facts.vip() || facts.arrears().compareTo(minArrears) <= 0) {
            return Optional.empty();
        }
        return Optional.of("Overdue arrears " + Wording.money(facts.arrears()) + " on bills past their due date");
    }
}
