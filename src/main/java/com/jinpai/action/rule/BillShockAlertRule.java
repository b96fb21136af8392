package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Reason;

/**
 * A VIP's month-to-date (open month) or month (closed month) spend at or above a share of the
 * prior average. Only VIPs: a spike on a small bill is not an account manager's call.
 */
final class BillShockAlertRule implements OneSituationRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Schedule schedule;
    private final BigDecimal minPercent;

    BillShockAlertRule(Schedule schedule, BigDecimal minPercentOfPriorAverage) {
        this.schedule = schedule;
        this.minPercent = minPercentOfPriorAverage;
    }

    @Override
    public ActionRule rule() {
        return ActionRule.BILL_SHOCK_ALERT;
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    /** One per bill month: the nights' month-to-date alerts and the month's closed bill are one situation. */
    @Override
    public String key(CustomerFacts facts) {
        return SituationKeys.billMonth(facts.month());
    }

    @Override
    public Optional<Reason> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        BigDecimal prior = facts.priorAverage();
        if (!facts.vip() || prior == null || prior.signum() <= 0) {
            return Optional.empty();
        }
        if (facts.spend().multiply(HUNDRED).compareTo(prior.multiply(minPercent)) < 0) {
            return Optional.empty();
        }
        return Optional.of(Reason.of(facts.estimated() ? "bill-shock-to-date" : "bill-shock", facts.month(),
                Wording.money(facts.spend()), Wording.percent(facts.spend(), prior), Wording.money(prior),
                Wording.plainPercent(minPercent)));
    }
}
