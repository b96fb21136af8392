package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;

/**
 * A non-VIP whose average is below the gold line by at most a percentage of it: with 150 and 10%,
 * an average from 135.00 up to (not including) 150.00.
 */
final class UpgradeNudgeRule implements RuleCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Schedule schedule;
    private final BigDecimal goldLine;
    private final BigDecimal lowest;

    UpgradeNudgeRule(Schedule schedule, BigDecimal goldLine, BigDecimal withinPercent) {
        this.schedule = schedule;
        this.goldLine = goldLine;
        // exact: goldLine * (100 - p) / 100 has at most two more decimals than its inputs
        this.lowest = goldLine.multiply(HUNDRED.subtract(withinPercent)).movePointLeft(2);
    }

    /** The lowest average this rule can fire for; the issuing query reads no customer below it. */
    BigDecimal lowestAverage() {
        return lowest;
    }

    @Override
    public ActionRule rule() {
        return ActionRule.UPGRADE_NUDGE;
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public Optional<String> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        BigDecimal average = facts.average();
        if (facts.vip() || average == null || average.compareTo(lowest) < 0 || average.compareTo(goldLine) >= 0) {
            return Optional.empty();
        }
        return Optional.of("Average spend " + Wording.money(average) + " is " + Wording.money(goldLine.subtract(average))
                + " below the GOLD line " + Wording.money(goldLine));
    }
}
