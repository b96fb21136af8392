package com.jinpai.value.tier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Effective-dated tier history: the tier earned by a month's bill holds from the first day of the
 * next month ({@link #effectiveFrom}), and the row it replaces ends on the evaluated month's last
 * day ({@link #closedOn}), inclusive. A customer gets a new row when their tier becomes a real
 * tier (not NEW) other than the one before; the row before is closed only when it was a real tier.
 * So "what tier was this customer in on date X" has one answer.
 *
 * @param opened positions whose new tier opens a row
 * @param closed positions (a subset of {@code opened}) whose current row ends on {@code closedOn}
 * @param tiers the tier after the month, by position
 */
public record TierHistory(YearMonth month, int[] opened, int[] closed, Tier[] tiers) {

    /** The changes of one evaluated month, from the tiers before and after it by customer position. */
    public static TierHistory of(YearMonth month, Tier[] before, Tier[] now) {
        List<Integer> opened = new ArrayList<>();
        List<Integer> closed = new ArrayList<>();
        for (int i = 0; i < now.length; i++) {
            if (now[i] != Tier.NEW && now[i] != before[i]) {
                opened.add(i);
                if (before[i] != null && before[i] != Tier.NEW) {
                    closed.add(i);
                }
            }
        }
        return new TierHistory(month, opened.stream().mapToInt(Integer::intValue).toArray(),
                closed.stream().mapToInt(Integer::intValue).toArray(), now);
    }

    /** The tier a new row at this position opens with. */
    public String tierAt(int position) {
        return tiers[position].name();
    }

    /** The last day the tier before held: the evaluated month's last day. */
    public LocalDate closedOn() {
        return month.atEndOfMonth();
    }

    /** The first day the new tier holds: the day after the evaluated month. */
    public LocalDate effectiveFrom() {
        return month.atEndOfMonth().plusDays(1);
    }
}
