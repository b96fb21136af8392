package com.jinpai.value.ranking;

import java.util.List;

import com.jinpai.value.ranking.TopNChange.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopNTests {

    private final TopN topThree = new TopN(3);

    @Test
    void theTopNIsRanksOneToN() {
        assertThat(topThree.contains(1)).isTrue();
        assertThat(topThree.contains(3)).isTrue();
        assertThat(topThree.contains(4)).isFalse();
        assertThat(topThree.contains(0)).isFalse();
    }

    @Test
    void recordsWhoEnteredAndWhoLeft() {
        String[] ids = {"A", "B", "C", "D", "E"};
        int[] rankBefore = {1, 2, 3, 4, 5};
        boolean[] inTopBefore = {true, true, true, false, false};
        // D climbs to 2, C falls to 4, A is no longer ranked (closed), E climbs to 3
        int[] rankNow = {0, 1, 4, 2, 3};

        List<TopNChange> changes = topThree.changes(ids, rankNow, inTopBefore, rankBefore);

        assertThat(changes).containsExactlyInAnyOrder(
                new TopNChange("A", Kind.LEFT, null, 1),
                new TopNChange("C", Kind.LEFT, 4, 3),
                new TopNChange("D", Kind.ENTERED, 2, 4),
                new TopNChange("E", Kind.ENTERED, 3, 5));
    }

    @Test
    void aCustomerUnrankedBeforeEntersWithNoRankBefore() {
        List<TopNChange> changes = topThree.changes(new String[] {"N"}, new int[] {1}, new boolean[] {false},
                new int[] {0});

        assertThat(changes).containsExactly(new TopNChange("N", Kind.ENTERED, 1, null));
    }

    @Test
    void stayingInsideOrOutsideIsNoChange() {
        List<TopNChange> changes = topThree.changes(new String[] {"A", "B"}, new int[] {3, 9},
                new boolean[] {true, false}, new int[] {1, 4});

        assertThat(changes).isEmpty();
    }
}
