package com.jinpai.value.star;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StarHistoryTests {

    private static final int NONE = StarLadder.NONE;

    @Test
    void aChangeClosesTheOldRowAndOpensTheNewOne() {
        // 0: first star; 1: upgrade; 2: unchanged; 3: lost at the rating; 4: still none
        StarHistory history = StarHistory.of(YearMonth.of(2025, 12), new int[] {NONE, 1, 2, 3, NONE},
                new int[] {0, 2, 2, NONE, NONE});
        assertThat(history.opened()).containsExactly(0, 1);
        assertThat(history.closed()).containsExactly(1, 3);
        assertThat(history.closedOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(history.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
