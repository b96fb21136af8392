package com.jinpai.ingest;

import org.jspecify.annotations.Nullable;

/** How many rejected rows share a field and a reason. */
public record ReasonCount(@Nullable String field, String reason, long rows) {

    static String describe(@Nullable String field, String reason, long rows) {
        return new ReasonCount(field, reason, rows).toString();
    }

    /** "amount: more than 2 decimals (12 rows)". */
    @Override
    public String toString() {
        return (field == null ? "" : field + ": ") + reason + " (" + rows + (rows == 1 ? " row)" : " rows)");
    }
}
