package com.jinpai.action.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jinpai.action.ActionsProperties;
import com.jinpai.action.StarActionsProperties;
import com.jinpai.value.star.StarLadder;
import com.jinpai.value.star.StarProperties;

/** The two star rules, STAR_UPGRADE then STAR_NEAR, built from {@code config/actions.yml} and {@code config/stars.yml}. */
public final class StarRuleBook {

    private final StarUpgradeRule upgrade;
    private final StarNearRule near;

    StarRuleBook(StarUpgradeRule upgrade, StarNearRule near) {
        this.upgrade = upgrade;
        this.near = near;
    }

    public static StarRuleBook from(StarActionsProperties actions, StarProperties stars) {
        StarLadder ladder = new StarLadder(stars);
        return new StarRuleBook(new StarUpgradeRule(schedule(actions.starUpgrade()), ladder),
                new StarNearRule(schedule(actions.starNear()), ladder, stars.pointsPerYuan()));
    }

    private static Schedule schedule(ActionsProperties.Plain plain) {
        return new Schedule(plain.priority(), plain.dueDays());
    }

    /** Every star rule that fires; none for a closed account. Due dates count from {@code asOf}. */
    /** A customer holds one star situation per rule: the situation key is the customer's. */
    static final String CUSTOMER = "customer";

    public List<Finding> evaluate(StarFacts facts, LocalDate publishDay) {
        List<Finding> findings = new ArrayList<>(1);
        if (facts.closed()) {
            return findings;
        }
        upgrade.reason(facts).ifPresent(reason -> findings.add(new Finding(upgrade.rule(),
                CUSTOMER, upgrade.schedule().priority(), publishDay.plusDays(upgrade.schedule().dueDays()), reason)));
        near.reason(facts).ifPresent(reason -> findings.add(new Finding(near.rule(), CUSTOMER, near.schedule().priority(),
                publishDay.plusDays(near.schedule().dueDays()), reason)));
        return findings;
    }
}
