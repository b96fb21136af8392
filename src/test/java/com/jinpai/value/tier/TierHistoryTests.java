package com.jinpai.value.tier;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TierHistoryTests {

    @Test
    void aChangeToARealTierOpensARowFromTheNextMonthAndClosesTheRealTierBefore() {
        Tier[] before = {Tier.GOLD, Tier.GOLD, null, Tier.NEW, Tier.SILVER, Tier.PLATINUM};
        Tier[] now = {Tier.GOLD, Tier.PLATINUM, Tier.STANDARD, Tier.SILVER, Tier.NEW, Tier.GOLD};

        TierHistory history = TierHistory.of(YearMonth.of(2024, 9), before, now);

        assertThat(history.opened()).as("unchanged and NEW open nothing").containsExactly(1, 2, 3, 5);
        assertThat(history.closed()).as("only a real tier before is closed").containsExactly(1, 5);
        assertThat(history.effectiveFrom()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(history.closedOn()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(history.tierAt(5)).isEqualTo("GOLD");
    }
}
