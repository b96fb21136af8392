package com.jinpai.ingest;

import org.jspecify.annotations.Nullable;

/** A check across the fields of one row, after each field has been read on its own. */
@FunctionalInterface
interface RowRule {

    RowRule NONE = row -> null;

    /** The first problem found, or null when the row is consistent. */
    @Nullable Problem check(Row row);

    /** Why a row is rejected: the field at fault (null for the row as a whole) and a reason for the user. */
    record Problem(@Nullable String field, String reason) {
    }
}
