package com.jinpai.ingest.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot export (customers, account managers) that replaces an earlier version and leaves
 * fewer keys than were known is refused when it would drop more than {@code limit} of them: a
 * truncated or wrong export must not silently remove customers or managers. Counted on the table,
 * before and after the file's load, inside its transaction.
 */
public final class ShrinkGuard {

    /** The run option that lets one run's shrinking snapshots through. */
    public static final String ACCEPT_OPTION = "--accept-shrink";
    public static final String LIMIT_SETTING = "jinpai.inputs.snapshot-shrink-limit";

    private final BigDecimal limit;

    public ShrinkGuard(BigDecimal limit) {
        this.limit = limit;
    }

    /** Whether dropping from {@code before} to {@code after} keys passes the limit. */
    public boolean passes(long before, long after) {
        if (before <= 0 || after >= before) {
            return true;
        }
        return BigDecimal.valueOf(before - after).compareTo(limit.multiply(BigDecimal.valueOf(before))) <= 0;
    }

    /**
     * Why the file is refused, or null when it passes: names the file, the counts before and after,
     * and the two ways of accepting it on purpose.
     *
     * @param keys what is counted, e.g. "customers"
     */
    public @Nullable String refusal(String file, String keys, long before, long after) {
        if (passes(before, after)) {
            return null;
        }
        return String.format("%s would drop %,d of the %,d known %s (%s; %,d before, %,d after), more than the %s"
                + " allowed. Nothing of the file was loaded. If the export is right, accept it on purpose: run again"
                + " with %s (e.g. `jinpai run JOB --month YYYY-MM %s`), or raise %s in config/sources.yml and"
                + " `jinpai restart ID`", file, before - after, before, keys, percent(before - after, before), before,
                after, percent(limit), ACCEPT_OPTION, ACCEPT_OPTION, LIMIT_SETTING);
    }

    static String percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
