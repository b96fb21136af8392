package com.jinpai.value.ranking;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-N most valuable customers of a month and who entered or left it against the previous
 * evaluated month. A customer leaves when their rank falls below N or they are no longer ranked
 * (CLOSED, or no average).
 */
public final class TopN {

    private final int size;

    public TopN(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("top-N size must be at least 1: " + size);
        }
        this.size = size;
    }

    public boolean contains(int rank) {
        return rank > 0 && rank <= size;
    }

    /**
     * @param rankNow this month's overall rank by position, 0 when not ranked
     * @param inTopBefore whether the customer at a position was in the previous month's top-N
     * @param rankBefore the previous month's overall rank, 0 when not ranked or unknown
     */
    public List<TopNChange> changes(String[] ids, int[] rankNow, boolean[] inTopBefore, int[] rankBefore) {
        List<TopNChange> changes = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            boolean now = contains(rankNow[i]);
            if (now != inTopBefore[i]) {
                changes.add(new TopNChange(ids[i], now ? TopNChange.Kind.ENTERED : TopNChange.Kind.LEFT,
                        rankNow[i] > 0 ? rankNow[i] : null, rankBefore[i] > 0 ? rankBefore[i] : null));
            }
        }
        return changes;
    }
}
