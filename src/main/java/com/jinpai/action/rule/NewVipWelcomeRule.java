package com.jinpai.action.rule;

import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;

/** The customer is VIP now and was not at the previous evaluation (or had none). */
final class NewVipWelcomeRule implements RuleCheck {

    private final Schedule schedule;

    NewVipWelcomeRule(Schedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public ActionRule rule() {
        return ActionRule.NEW_VIP_WELCOME;
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public Optional<String> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        if (!facts.vip() || Tiers.isVip(facts.previousTier())) {
            return Optional.empty();
        }
        String before = facts.previousTier() == null ? "first evaluation" : "was " + facts.previousTier();
        return Optional.of("Became " + facts.tier() + " in " + Wording.month(facts.month()) + " (" + before
                + "), average spend " + Wording.money(facts.average()));
    }
}
