package com.jinpai.ingest;

/**
 * A cell that cannot be read, with the reason in words for the reject record. Thrown for every
 * bad cell of a bad file, so it carries no stack trace.
 */
final class InvalidValue extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidValue(String reason) {
        super(reason, null, false, false);
    }
}
