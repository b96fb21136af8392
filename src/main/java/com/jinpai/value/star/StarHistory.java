package com.jinpai.value.star;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Effective-dated star history, dated like the tiers': a star earned by a month's evaluation holds
 * from the first day of the next month ({@link #effectiveFrom}); the row it replaces ends on the
 * evaluated month's last day ({@link #closedOn}). A row opens when the star changes to a level; the
 * row before closes when there was one; losing the star at a rating closes the row and opens none.
 * So "what star did this customer hold on date X" has one answer (none when no row covers X).
 *
 * @param opened positions whose new level opens a row
 * @param closed positions whose current row ends on {@code closedOn}
 * @param levels the level after the month, by position ({@link StarLadder#NONE} for none)
 */
public record StarHistory(YearMonth month, int[] opened, int[] closed, int[] levels) {

    public static StarHistory of(YearMonth month, int[] before, int[] now) {
        List<Integer> opened = new ArrayList<>();
        List<Integer> closed = new ArrayList<>();
        for (int i = 0; i < now.length; i++) {
            if (now[i] != before[i]) {
                if (now[i] != StarLadder.NONE) {
                    opened.add(i);
                }
                if (before[i] != StarLadder.NONE) {
                    closed.add(i);
                }
            }
        }
        return new StarHistory(month, opened.stream().mapToInt(Integer::intValue).toArray(),
                closed.stream().mapToInt(Integer::intValue).toArray(), now);
    }

    public LocalDate closedOn() {
        return month.atEndOfMonth();
    }

    public LocalDate effectiveFrom() {
        return month.atEndOfMonth().plusDays(1);
    }
}
