package com.jinpai.ingest.quality;

/** How a check came out, best first: the worst level of a source is its level. */
public enum Level {
    PASS, WARN, ERROR;

    public Level worst(Level other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
