package com.jinpai.value.star;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped lines: ONE_STAR 100, TWO_STAR 500, THREE_STAR 1000, ... FIVE_STAR_DIAMOND 8000; band 100. */
class StarLadderTests {

    private final StarLadder ladder = ShippedStars.rules().ladder;

    @Test
    void aScoreTakesTheHighestLineItReaches() {
        assertThat(ladder.levelOf(99)).isEqualTo(StarLadder.NONE);
        assertThat(ladder.name(ladder.levelOf(100))).isEqualTo("ONE_STAR");
        assertThat(ladder.name(ladder.levelOf(499))).isEqualTo("ONE_STAR");
        assertThat(ladder.name(ladder.levelOf(500))).isEqualTo("TWO_STAR");
        assertThat(ladder.name(ladder.levelOf(7_999))).isEqualTo("FIVE_STAR_GOLD");
        assertThat(ladder.name(ladder.levelOf(1_000_000))).isEqualTo("FIVE_STAR_DIAMOND");
        assertThat(ladder.size()).isEqualTo(7);
    }

    @Test
    void nearStarIsWithinTheBandBelowTheFirstLine() {
        assertThat(ladder.isNearStar(100)).isFalse(); // one star already
        assertThat(ladder.isNearStar(99)).isTrue();
        assertThat(ladder.isNearStar(0)).isTrue();
        assertThat(ladder.isNearStar(-1)).isFalse();
    }

    @Test
    void pointsToTheNextLevelOnlyWithinTheBand() {
        int two = ladder.indexOf("TWO_STAR");
        assertThat(ladder.pointsToNext(two, 900)).isEqualTo(100);
        assertThat(ladder.pointsToNext(two, 999)).isEqualTo(1);
        assertThat(ladder.pointsToNext(two, 899)).isEqualTo(-1);
        assertThat(ladder.pointsToNext(StarLadder.NONE, 40)).isEqualTo(60);
        assertThat(ladder.pointsToNext(ladder.indexOf("FIVE_STAR_DIAMOND"), 9_000)).isEqualTo(-1);
    }

    @Test
    void benefitsComeWithTheLevel() {
        StarProperties.Level three = ladder.level(ladder.indexOf("THREE_STAR"));
        assertThat(three.pointsMultiplier()).isEqualByComparingTo("1.5");
        assertThat(three.creditLimit()).isEqualByComparingTo("200");
        assertThat(ladder.level(ladder.indexOf("FIVE_STAR_DIAMOND")).pointsMultiplier()).isEqualByComparingTo("5");
        assertThat(ladder.indexOf("GONE")).isEqualTo(StarLadder.NONE);
        assertThat(ladder.indexOf(null)).isEqualTo(StarLadder.NONE);
    }
}
