package com.jinpai.value.segment;

import java.util.ArrayList;
import java.util.List;

import com.jinpai.value.tier.Tier;

/**
 * The tier migration matrix of a closed month: customers per (tier after the previous
 * evaluation, tier after this one). A customer with no previous evaluation comes from NEW.
 */
public final class TierMigration {

    private final long[][] counts = new long[Tier.values().length][Tier.values().length];

    public void add(Tier from, Tier to) {
        counts[(from == null ? Tier.NEW : from).ordinal()][to.ordinal()]++;
    }

    /** Non-empty cells, by from tier then to tier. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Tier from : Tier.values()) {
            for (Tier to : Tier.values()) {
                long customers = counts[from.ordinal()][to.ordinal()];
                if (customers > 0) {
                    cells.add(new Cell(from, to, customers));
                }
            }
        }
        return cells;
    }

    public record Cell(Tier from, Tier to, long customers) {
    }
}
