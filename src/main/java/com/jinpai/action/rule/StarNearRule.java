package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Reason;
import com.jinpai.value.star.StarLadder;

/**
 * Near-star (准星: rated, no level, within the band below the first line), or a star holder within
 * the band below the next level: tell the customer how many points, and roughly how much more
 * spend this star year, it takes. Not for customers who are not rated this month.
 */
final class StarNearRule {

    private final Schedule schedule;
    private final StarLadder ladder;
    private final BigDecimal pointsPerYuan;

    StarNearRule(Schedule schedule, StarLadder ladder, BigDecimal pointsPerYuan) {
        this.schedule = schedule;
        this.ladder = ladder;
        this.pointsPerYuan = pointsPerYuan;
    }

    ActionRule rule() {
        return ActionRule.STAR_NEAR;
    }

    Schedule schedule() {
        return schedule;
    }

    Optional<Reason> reason(StarFacts facts) {
        if (facts.excluded() || facts.score() == null) {
            return Optional.empty();
        }
        int level = ladder.indexOf(facts.starLevel());
        if (level == StarLadder.NONE && !facts.nearStar()) {
            return Optional.empty();
        }
        long missing = ladder.pointsToNext(level, facts.score());
        if (missing < 0) {
            return Optional.empty();
        }
        String next = StarUpgradeRule.label(ladder.level(level + 1));
        Object standing = level == StarLadder.NONE ? Reason.of("near-star") : StarUpgradeRule.label(ladder.level(level));
        if (pointsPerYuan.signum() <= 0) {
            return Optional.of(Reason.of("star-near", standing, String.valueOf(facts.score()), String.valueOf(missing),
                    next));
        }
        return Optional.of(Reason.of("star-near-spend", standing, String.valueOf(facts.score()),
                String.valueOf(missing), next,
                Wording.money(BigDecimal.valueOf(missing).divide(pointsPerYuan, 2, RoundingMode.UP))));
    }
}
