package com.jinpai.action.list;

import com.jinpai.system.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * Neutralises text for spreadsheet cells: a value that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return gets a leading apostrophe, so Excel and its kin show it as text
 * instead of running it as a formula. Applied to every text cell of every list. Numbers are not
 * text: CSV number columns are written from {@code BigDecimal.toPlainString()} only (e.g.
 * {@code -12.50}), which a spreadsheet reads as a number and can never be a formula, and XLSX numbers
 * are numeric cells; so a negative amount stays a number.
 */
public final class SpreadsheetText {

    private static final char GUARD = '\'';

    private SpreadsheetText() {
    }

    /** Also drops control characters (a NUL or ESC must not reach a list); tab, CR and LF stay, guarded. */
    public static String neutralise(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String plain = PlainText.printable(text);
        return !plain.isEmpty() && isTrigger(plain.charAt(0)) ? GUARD + plain : plain;
    }

    /** Undoes {@link #neutralise} on a value handed back in a list. */
    public static String restore(@Nullable String text) {
        if (text == null) {
            return "";
        }
        if (text.length() > 1 && text.charAt(0) == GUARD && isTrigger(text.charAt(1))) {
            return text.substring(1);
        }
        return text;
    }

    private static boolean isTrigger(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
