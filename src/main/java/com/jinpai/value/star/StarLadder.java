package com.jinpai.value.star;

import java.util.List;

/**
 * The levels from the lowest up, by position: level {@code k} holds from its {@code min-score};
 * {@link #NONE} (−1) is no star. Near-star (准星): no level, and a score within
 * {@code near-star-band} points below the first line.
 */
public final class StarLadder {

    public static final int NONE = -1;

    private final List<StarProperties.Level> levels;
    private final long band;

    public StarLadder(StarProperties properties) {
        this.levels = properties.levels();
        this.band = properties.nearStarBand();
    }

    /** The highest level whose line the score reaches, or {@link #NONE}. */
    public int levelOf(long score) {
        int level = NONE;
        for (int k = 0; k < levels.size(); k++) {
            if (score >= levels.get(k).minScore()) {
                level = k;
            }
        }
        return level;
    }

    /** No level, and at most {@code near-star-band} points below the first line. */
    public boolean isNearStar(long score) {
        return levelOf(score) == NONE && score >= levels.get(0).minScore() - band;
    }

    /**
     * Points still missing to the level above {@code level} when they are within the band, else −1:
     * what a STAR_NEAR action tells the customer. At the top level there is nothing above.
     */
    public long pointsToNext(int level, long score) {
        int next = level + 1;
        if (next >= levels.size()) {
            return -1;
        }
        long missing = levels.get(next).minScore() - score;
        return missing > 0 && missing <= band ? missing : -1;
    }

    public StarProperties.Level level(int level) {
        return levels.get(level);
    }

    public int size() {
        return levels.size();
    }

    /** The level's code, or null for {@link #NONE}. */
    public String name(int level) {
        return level == NONE ? null : levels.get(level).name();
    }

    /** The position of a level code, {@link #NONE} for null or a code no longer configured. */
    public int indexOf(String name) {
        for (int k = 0; name != null && k < levels.size(); k++) {
            if (levels.get(k).name().equals(name)) {
                return k;
            }
        }
        return NONE;
    }
}
