package com.jinpai.action.rule;

import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Reason;

/** A VIP whose average points to a lower tier, kept in its tier by the downgrade grace period. */
final class DowngradeRiskRule implements OneSituationRule {

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

    /** Still in grace next month is the same situation. */
    @Override
    public String key(CustomerFacts facts) {
        return SituationKeys.CUSTOMER;
    }

    @Override
    public Optional<Reason> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        if (!facts.vip() || !facts.inGrace()) {
            return Optional.empty();
        }
        return Optional.of(Reason.of("downgrade-risk", Wording.money(facts.average()),
                Tiers.of(facts.indicatedTier()), Tiers.of(facts.tier()), facts.downgradeCount()));
    }
}
