package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;

/**
 * A VIP's spend in a closed month at or below a share of the prior average. The open month is not
 * judged: its month-to-date spend is not a month's spend and would look like a drop every night.
 */
final class SpendDropRule implements RuleCheck {

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

    @Override
    public Optional<String> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        BigDecimal prior = facts.priorAverage();
        if (!facts.vip() || facts.estimated() || prior == null || prior.signum() <= 0) {
            return Optional.empty();
        }
        // spend / prior <= max% without dividing, so the threshold is exact
        if (facts.spend().multiply(HUNDRED).compareTo(prior.multiply(maxPercent)) > 0) {
            return Optional.empty();
        }
        return Optional.of(Wording.month(facts.month()) + " spend " + Wording.money(facts.spend()) + ", "
                + Wording.percent(facts.spend(), prior) + " of the prior average " + Wording.money(prior)
                + " (alert at " + Wording.plainPercent(maxPercent) + " or less)");
    }
}
