package com.jinpai.ingest;

/**
 * The six exports Jinpai reads, in the order they are ingested: customers first because every
 * other source is checked against the customer table. {@link #id()} is the value of
 * {@code ingest_file.source} and the key under {@code jinpai.sources}.
 */
public enum Source {

    CUSTOMERS("customers", "customers*.csv"),
    ACCOUNT_MANAGERS("account-managers", "account_managers*.csv"),
    BILL_LINES("bill-lines", "billing/bill_lines_*.csv"),
    PAYMENTS("payments", "payments/payments_*.csv"),
    USAGE("usage", "usage/usage_*.csv"),
    COMPLAINTS("complaints", "complaints*.csv");

    private final String id;
    private final String canonicalPattern;

    Source(String id, String canonicalPattern) {
        this.id = id;
        this.canonicalPattern = canonicalPattern;
    }

    public String id() {
        return id;
    }

    /** The file name glob of SPEC section 2, relative to the inbox; a mapping may override it. */
    public String canonicalPattern() {
        return canonicalPattern;
    }
}
