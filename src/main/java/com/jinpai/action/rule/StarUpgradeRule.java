package com.jinpai.action.rule;

import java.util.Optional;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Reason;
import com.jinpai.value.star.StarLadder;
import com.jinpai.value.star.StarProperties;

/**
 * A closed month's evaluation raised the customer's star (from none too), after a first evaluation:
 * tell the customer the new level's benefits.
 */
final class StarUpgradeRule {

    private final Schedule schedule;
    private final StarLadder ladder;

    StarUpgradeRule(Schedule schedule, StarLadder ladder) {
        this.schedule = schedule;
        this.ladder = ladder;
    }

    ActionRule rule() {
        return ActionRule.STAR_UPGRADE;
    }

    Schedule schedule() {
        return schedule;
    }

    Optional<Reason> reason(StarFacts facts) {
        int now = ladder.indexOf(facts.starLevel());
        int before = ladder.indexOf(facts.previousStarLevel());
        if (facts.estimated() || facts.firstEvaluation() || now == StarLadder.NONE || now <= before) {
            return Optional.empty();
        }
        StarProperties.Level level = ladder.level(now);
        Object from = before == StarLadder.NONE ? Reason.of("no-star") : label(ladder.level(before));
        return Optional.of(Reason.of("star-upgrade", from, label(level), String.valueOf(facts.score()),
                StarWording.multiplier(level.pointsMultiplier()), Wording.money(level.creditLimit())));
    }

    static String label(StarProperties.Level level) {
        return level.name() + " " + level.label();
    }
}
