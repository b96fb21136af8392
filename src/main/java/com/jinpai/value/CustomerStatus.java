package com.jinpai.value;

import java.util.Arrays;

/**
 * A customer's account status as the customers export gives it (SPEC section 2). A CLOSED
 * account is neither ranked, RFM-scored nor VIP; ingest accepts exactly these codes.
 */
public enum CustomerStatus {
    ACTIVE, SUSPENDED, CLOSED;

    /** The codes in export order, for the ingest layout. */
    public static String[] codes() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }

    /** Whether a status text from the database is {@link #CLOSED}; null and unknown texts are not. */
    public static boolean isClosed(String status) {
        return CLOSED.name().equals(status);
    }
}
