package com.jinpai.action.list;

import org.jspecify.annotations.Nullable;

/**
 * Masks a phone number for a list: first 3 and last 4 digits kept, the rest starred
 * ({@code 13812345678} → {@code 138****5678}). A mainland number written with its country code
 * ({@code +86}/{@code 86} and 11 digits) is masked as the 11-digit number. A number too short to
 * keep 7 digits and still hide any is starred whole, so nothing readable leaks.
 */
public final class PhoneMask {

    private static final int KEEP_HEAD = 3;
    private static final int KEEP_TAIL = 4;
    private static final int MAINLAND_DIGITS = 11;
    private static final String MAINLAND_PREFIX = "86";

    private PhoneMask() {
    }

    public static String mask(@Nullable String phone) {
        if (phone == null) {
            return "";
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == MAINLAND_DIGITS + MAINLAND_PREFIX.length() && digits.startsWith(MAINLAND_PREFIX)) {
            digits = digits.substring(MAINLAND_PREFIX.length());
        }
        int hidden = digits.length() - KEEP_HEAD - KEEP_TAIL;
        if (hidden <= 0) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, KEEP_HEAD) + "*".repeat(hidden) + digits.substring(digits.length() - KEEP_TAIL);
    }
}
