package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Reason;
import com.jinpai.value.tier.Tier;

/**
 * A non-VIP whose average is below the VIP line ({@code jinpai.tiers}: the line of
 * {@code vip-from}) by at most a percentage of it: with 150 and 10%, an average from 135.00 up to
 * (not including) 150.00.
 */
final class UpgradeNudgeRule implements OneSituationRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Schedule schedule;
    private final Tier vipFrom;
    private final BigDecimal vipLine;
    private final BigDecimal lowest;

    UpgradeNudgeRule(Schedule schedule, Tier vipFrom, BigDecimal vipLine, BigDecimal withinPercent) {
        this.schedule = schedule;
        this.vipFrom = vipFrom;
        this.vipLine = vipLine;
        // exact: vipLine * (100 - p) / 100 has at most two more decimals than its inputs
        this.lowest = vipLine.multiply(HUNDRED.subtract(withinPercent)).movePointLeft(2);
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
    public String key(CustomerFacts facts) {
        return SituationKeys.CUSTOMER;
    }

    @Override
    public Optional<Reason> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        BigDecimal average = facts.average();
        if (facts.vip() || average == null || average.compareTo(lowest) < 0 || average.compareTo(vipLine) >= 0) {
            return Optional.empty();
        }
        return Optional.of(Reason.of("upgrade-nudge", Wording.money(average),
                Wording.money(vipLine.subtract(average)), vipFrom, Wording.money(vipLine)));
    }
}
