package com.jinpai.action.rule;

import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Reason;
import com.jinpai.value.tier.TierLadder;

/**
 * The customer is VIP now and was not at the previous evaluation: a real crossing between two
 * evaluated months. The first evaluated month is a baseline (existing VIPs are not new); a customer
 * who joined since and is VIP at once is welcomed.
 */
final class NewVipWelcomeRule implements OneSituationRule {

    private final Schedule schedule;
    private final TierLadder ladder;

    NewVipWelcomeRule(Schedule schedule, TierLadder ladder) {
        this.schedule = schedule;
        this.ladder = ladder;
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
    public String key(CustomerFacts facts) {
        return SituationKeys.CUSTOMER;
    }

    @Override
    public Optional<Reason> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        if (!facts.vip() || facts.baseline() || Tiers.isVip(ladder, facts.previousTier())) {
            return Optional.empty();
        }
        Reason before = facts.previousTier() == null ? Reason.of("new-customer")
                : Reason.of("was-tier", Tiers.of(facts.previousTier()));
        return Optional.of(Reason.of("new-vip-welcome", facts.month(), Tiers.of(facts.tier()), before,
                Wording.money(facts.average())));
    }
}
