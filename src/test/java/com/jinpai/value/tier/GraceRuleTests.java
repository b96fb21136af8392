package com.jinpai.value.tier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraceRuleTests {

    private final GraceRule rule = new GraceRule(2);

    @Test
    void theFirstEvaluationTakesTheIndicatedTierDirectly() {
        assertThat(rule.evaluate(null, Tier.PLATINUM)).isEqualTo(new TierState(Tier.PLATINUM, 0));
        assertThat(rule.evaluate(TierState.NEW, Tier.STANDARD)).isEqualTo(new TierState(Tier.STANDARD, 0));
        assertThat(rule.evaluate(null, Tier.NEW)).isEqualTo(TierState.NEW);
    }

    @Test
    void anUpgradeAppliesAtOnce() {
        assertThat(rule.evaluate(new TierState(Tier.SILVER, 0), Tier.DIAMOND)).isEqualTo(new TierState(Tier.DIAMOND, 0));
        // even in the middle of a grace period
        assertThat(rule.evaluate(new TierState(Tier.GOLD, 1), Tier.PLATINUM)).isEqualTo(new TierState(Tier.PLATINUM, 0));
    }

    @Test
    void aSingleDipKeepsTheTierInGrace() {
        TierState after = rule.evaluate(new TierState(Tier.PLATINUM, 0), Tier.GOLD);

        assertThat(after).isEqualTo(new TierState(Tier.PLATINUM, 1));
        assertThat(after.inGrace()).isTrue();
    }

    @Test
    void twoDipsInARowDowngradeToTheTierIndicatedNow() {
        TierState first = rule.evaluate(new TierState(Tier.PLATINUM, 0), Tier.GOLD);
        TierState second = rule.evaluate(first, Tier.SILVER);

        assertThat(second).isEqualTo(new TierState(Tier.SILVER, 0));
        assertThat(second.inGrace()).isFalse();
    }

    @Test
    void aDipThenRecoveryResetsTheCount() {
        TierState dip = rule.evaluate(new TierState(Tier.PLATINUM, 0), Tier.GOLD);
        TierState recovered = rule.evaluate(dip, Tier.PLATINUM);
        TierState dipAgain = rule.evaluate(recovered, Tier.GOLD);

        assertThat(recovered).isEqualTo(new TierState(Tier.PLATINUM, 0));
        assertThat(dipAgain).isEqualTo(new TierState(Tier.PLATINUM, 1));
    }

    @Test
    void noAverageAfterARealTierChangesNothing() {
        assertThat(rule.evaluate(new TierState(Tier.GOLD, 1), Tier.NEW)).isEqualTo(new TierState(Tier.GOLD, 1));
    }

    @Test
    void graceOfOneDowngradesAtOnce() {
        assertThat(new GraceRule(1).evaluate(new TierState(Tier.GOLD, 0), Tier.SILVER))
                .isEqualTo(new TierState(Tier.SILVER, 0));
        assertThatThrownBy(() -> new GraceRule(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongerGraceNeedsMoreDips() {
        GraceRule three = new GraceRule(3);
        TierState state = new TierState(Tier.DIAMOND, 0);
        state = three.evaluate(state, Tier.GOLD);
        state = three.evaluate(state, Tier.GOLD);
        assertThat(state).isEqualTo(new TierState(Tier.DIAMOND, 2));
        assertThat(three.evaluate(state, Tier.GOLD)).isEqualTo(new TierState(Tier.GOLD, 0));
    }
}
