package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Reason;

/**
 * A VIP's spend in a closed month at or below a share of the prior average. The open month is not
 * judged: its month-to-date spend is not a month's spend and would look like a drop every night.
 */
final class SpendDropRule implements OneSituationRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Schedule schedule;
    private final BigDecimal maxPercent;

    SpendDropRule(Schedule schedule, BigDecimal maxPercentOfPriorAverage) {
        this.schedule = schedule;
        this.maxPercent = maxPercentOfPriorAverage;
    }

    @Override
    public ActionRule rule() {
        return ActionRule.SPEND_DROP;
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    /** Spend still low the next month is the same situation, its numbers refreshed. */
    @Override
    public String key(CustomerFacts facts) {
        return SituationKeys.CUSTOMER;
    }

    @Override
    public Optional<Reason> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        BigDecimal prior = facts.priorAverage();
        if (!facts.vip() || facts.estimated() || prior == null || prior.signum() <= 0) {
            return Optional.empty();
        }
        // spend / prior <= max% without dividing, so the threshold is exact
        if (facts.spend().multiply(HUNDRED).compareTo(prior.multiply(maxPercent)) > 0) {
            return Optional.empty();
        }
        return Optional.of(Reason.of("spend-drop", facts.month(), Wording.money(facts.spend()),
                Wording.percent(facts.spend(), prior), Wording.money(prior), Wording.plainPercent(maxPercent)));
    }
}
