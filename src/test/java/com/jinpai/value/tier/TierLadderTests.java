package com.jinpai.value.tier;

import java.math.BigDecimal;

import com.jinpai.value.spend.Fen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TierLadderTests {

    static final TierProperties DEFAULTS = new TierProperties(new BigDecimal("1000"), new BigDecimal("500"),
            new BigDecimal("150"), new BigDecimal("50"), Tier.GOLD, 2);

    private final TierLadder ladder = new TierLadder(DEFAULTS);

    @Test
    void eachLineBelongsToTheTierItOpens() {
        assertThat(ladder.indicated(100000)).isEqualTo(Tier.DIAMOND);
        assertThat(ladder.indicated(99999)).isEqualTo(Tier.PLATINUM);
        assertThat(ladder.indicated(50000)).isEqualTo(Tier.PLATINUM);
        assertThat(ladder.indicated(49999)).isEqualTo(Tier.GOLD);
        assertThat(ladder.indicated(15000)).isEqualTo(Tier.GOLD);
        assertThat(ladder.indicated(14999)).isEqualTo(Tier.SILVER);
        assertThat(ladder.indicated(5000)).isEqualTo(Tier.SILVER);
        assertThat(ladder.indicated(4999)).isEqualTo(Tier.STANDARD);
        assertThat(ladder.indicated(0)).isEqualTo(Tier.STANDARD);
        assertThat(ladder.indicated(-2500)).isEqualTo(Tier.STANDARD);
    }

    @Test
    void noAverageIsNew() {
        assertThat(ladder.indicated(Fen.NONE)).isEqualTo(Tier.NEW);
    }

    @Test
    void goldAndAboveAreVip() {
        assertThat(ladder.isVip(Tier.GOLD)).isTrue();
        assertThat(ladder.isVip(Tier.DIAMOND)).isTrue();
        assertThat(ladder.isVip(Tier.SILVER)).isFalse();
        assertThat(ladder.isVip(Tier.NEW)).isFalse();
        assertThat(ladder.isVip(Tier.DIAMOND, true)).as("a CLOSED account is never VIP").isFalse();
        assertThat(ladder.isVip(Tier.GOLD, false)).isTrue();
    }

    @Test
    void propertiesRejectLinesOutOfOrder() {
        TierProperties swapped = new TierProperties(new BigDecimal("1000"), new BigDecimal("100"),
                new BigDecimal("150"), new BigDecimal("50"), Tier.GOLD, 2);

        assertThat(swapped.firstLineOutOfOrder()).containsExactly("platinum", "gold");
        assertThat(DEFAULTS.firstLineOutOfOrder()).isNull();
    }
}
