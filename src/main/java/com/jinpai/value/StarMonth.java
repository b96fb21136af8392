package com.jinpai.value;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.jinpai.value.spend.Fen;
import com.jinpai.value.star.StarExclusion;
import com.jinpai.value.star.StarHistory;
import com.jinpai.value.star.StarLadder;

/** The star rating a month's evaluation produced, by customer position, and the rows it writes. */
final class StarMonth {

    /** The {@code customer_month} columns, in the order {@link #write} fills them. */
    static final List<String> COLUMNS = List.of("star_level", "previous_star_level", "star_score", "star_year_spend",
            "star_suspensions", "star_new_suspensions", "star_exclusion", "near_star");

    static final String NEAR_STAR = "NEAR_STAR";

    final StarLadder ladder;
    final int[] level;
    final int[] previousLevel;
    final long[] score;
    final long[] yearSpend;
    final int[] suspensions;
    final int[] newSuspensions;
    final StarExclusion[] exclusion;
    final boolean[] nearStar;
    /** Loyalty points of the month by the star in effect during it; -1 when no star was. */
    final long[] points;
    /** The month's spend the points were earned on (fen). */
    final long[] spend;
    StarHistory history;

    StarMonth(StarLadder ladder, int size) {
        this.ladder = ladder;
        level = new int[size];
        Arrays.fill(level, StarLadder.NONE);
        previousLevel = new int[size];
        Arrays.fill(previousLevel, StarLadder.NONE);
        score = new long[size];
        Arrays.fill(score, StarFrame.NO_SCORE);
        yearSpend = new long[size];
        Arrays.fill(yearSpend, Fen.NONE);
        suspensions = new int[size];
        newSuspensions = new int[size];
        exclusion = new StarExclusion[size];
        nearStar = new boolean[size];
        points = new long[size];
        Arrays.fill(points, -1);
        spend = new long[size];
    }

    /** The star segment of a customer: the level, NEAR_STAR, or null (no star). */
    String segment(int i) {
        return level[i] != StarLadder.NONE ? ladder.name(level[i]) : nearStar[i] ? NEAR_STAR : null;
    }

    /** Fills {@link #COLUMNS} from {@code row[from]} on. */
    void write(int i, Object[] row, int from) {
        int c = from;
        row[c++] = ladder.name(level[i]);
        row[c++] = ladder.name(previousLevel[i]);
        row[c++] = score[i] == StarFrame.NO_SCORE ? null : score[i];
        row[c++] = yearSpend[i] == Fen.NONE ? null : Fen.yuan(yearSpend[i]);
        row[c++] = suspensions[i];
        row[c++] = newSuspensions[i];
        row[c++] = exclusion[i] == null ? null : exclusion[i].name();
        row[c] = nearStar[i];
    }

    BigDecimal multiplier(int level) {
        return ladder.level(level).pointsMultiplier();
    }
}
