package com.jinpai.action.rule;

import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;

/** A VIP whose average points to a lower tier, kept in its tier by the downgrade grace period. */
final class DowngradeRiskRule implements RuleCheck {

    private final Schedule schedule;

    DowngradeRiskRule(Schedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public ActionRule rule() {
        return ActionRule.DOWNGRADE_RISK;
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public Optional<String> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        if (!facts.vip() || !facts.inGrace()) {
            return Optional.empty();
        }
        return Optional.of("Average spend " + Wording.money(facts.average()) + " points to "
                + facts.indicatedTier() + "; stays " + facts.tier() + " in the downgrade grace period ("
                + facts.downgradeCount() + " evaluation(s) below so far)");
    }
}
