package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.jinpai.action.ActionsProperties;
import com.jinpai.value.tier.TierLadder;
import com.jinpai.value.tier.TierProperties;

/**
 * All eight rules, in SPEC table order, built from {@code config/actions.yml} and the tier ladder
 * of {@code config/value.yml} (which tiers are VIP and where the VIP line is: one owner each).
 */
public final class RuleBook {

    private final List<RuleCheck> rules;
    private final UpgradeNudgeRule upgradeNudge;

    RuleBook(List<RuleCheck> rules, UpgradeNudgeRule upgradeNudge) {
        this.rules = List.copyOf(rules);
        this.upgradeNudge = upgradeNudge;
    }

    public static RuleBook from(ActionsProperties.Rules config, TierProperties tiers) {
        TierLadder ladder = new TierLadder(tiers);
        var nudge = config.upgradeNudge();
        UpgradeNudgeRule upgradeNudge = new UpgradeNudgeRule(new Schedule(nudge.priority(), nudge.dueDays()),
                tiers.vipFrom(), tiers.line(tiers.vipFrom()), nudge.withinPercent());
        var drop = config.spendDrop();
        var shock = config.billShockAlert();
        var arrears = config.arrearsNotice();
        var complaint = config.complaintEscalation();
        List<RuleCheck> rules = List.of(
                new NewVipWelcomeRule(schedule(config.newVipWelcome()), ladder),
                new DowngradeRiskRule(schedule(config.downgradeRisk())),
                new SpendDropRule(new Schedule(drop.priority(), drop.dueDays()), drop.maxPercentOfPriorAverage()),
                new BillShockAlertRule(new Schedule(shock.priority(), shock.dueDays()),
                        shock.minPercentOfPriorAverage()),
                new ArrearsNoticeRule(new Schedule(arrears.priority(), arrears.dueDays()), arrears.minArrears()),
                new ComplaintEscalationRule(new Schedule(complaint.priority(), complaint.dueDays()),
                        complaint.noResponseHours()),
                upgradeNudge,
                new TopRankEntryRule(schedule(config.topRankEntry())));
        return new RuleBook(rules, upgradeNudge);
    }

    private static Schedule schedule(ActionsProperties.Plain plain) {
        return new Schedule(plain.priority(), plain.dueDays());
    }

    /**
     * Every situation any rule finds for the customer. A closed account gets none: nobody can act on it.
     *
     * @param asOf the run's as-of date: complaints are timed to its start
     * @param publishDay the day the list is published: due dates count from it, so none is past when written
     */
    public List<Finding> evaluate(CustomerFacts facts, LocalDate asOf, LocalDate publishDay) {
        if (facts.closed()) {
            return List.of();
        }
        LocalDateTime asOfTime = asOf.atStartOfDay();
        List<Finding> findings = new ArrayList<>(2);
        for (RuleCheck rule : rules) {
            for (Situation situation : rule.situations(facts, asOfTime)) {
                findings.add(new Finding(rule.rule(), situation.key(), rule.schedule().priority(),
                        publishDay.plusDays(rule.schedule().dueDays()), situation.reason()));
            }
        }
        return findings;
    }

    /** Below this average a non-VIP without a top-N entry cannot get any action. */
    public BigDecimal lowestNonVipAverage() {
        return upgradeNudge.lowestAverage();
    }
}
