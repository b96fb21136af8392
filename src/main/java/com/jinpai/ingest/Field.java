package com.jinpai.ingest;

import java.util.List;
import java.util.Set;

/**
 * One canonical field of a source, in table column order.
 *
 * @param name canonical name (SPEC section 2), also the column name
 * @param kind how the text is read
 * @param required whether an empty value rejects the row (after the configured default)
 * @param size longest text for text kinds; decimals kept for {@link Kind#MONEY} and {@link Kind#DECIMAL}
 * @param codes the allowed values of a {@link Kind#CODE} field, in SPEC order
 */
record Field(String name, Kind kind, boolean required, int size, List<String> codes) {

    enum Kind {
        /** Free text up to {@code size} characters. */
        TEXT,
        /** A customer id that must be in the customer table. */
        CUSTOMER_ID,
        /** One of {@code codes}. */
        CODE,
        DATE,
        DATE_TIME,
        /** A calendar month, stored as YYYY-MM. */
        MONTH,
        /** Yuan with {@code size} decimals, written in the source's money unit. */
        MONEY,
        /** A non-money decimal with at most {@code size} decimals. */
        DECIMAL,
        /** A whole number of at most nine digits. */
        COUNT
    }

    /** Widest number of integer digits a DECIMAL(19, s) column holds is 19 - s. */
    static final int DECIMAL_PRECISION = 19;

    Field {
        codes = List.copyOf(codes);
    }

    static Field required(Kind kind, String name, int size) {
        return new Field(name, kind, true, size, List.of());
    }

    static Field optional(Kind kind, String name, int size) {
        return new Field(name, kind, false, size, List.of());
    }

    static Field code(String name, boolean required, String... codes) {
        int longest = 0;
        for (String code : codes) {
            longest = Math.max(longest, code.length());
        }
        return new Field(name, Kind.CODE, required, longest, List.of(codes));
    }

    /** Ids ({@code customer_id}, {@code line_id}, ...) match exactly, so they are read strictly. */
    boolean isIdentifier() {
        return kind == Kind.CUSTOMER_ID || name.endsWith("_id");
    }

    Set<String> codeSet() {
        return Set.copyOf(codes);
    }
}
