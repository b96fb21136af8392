package com.jinpai.system;

/**
 * What text Jinpai takes in and gives out. Exports carry bytes no one typed: a NUL, ESC or BEL in a
 * name, a byte-order mark or zero-width space glued to a customer id. Free text keeps what it says
 * without them: control characters go (tab and line breaks, which CSV and XLSX hold, stay) and so
 * does a stray byte-order mark. Identifiers keep only what can be seen: invisible format characters (zero-width
 * space and joiners, direction marks, byte-order mark, soft hyphen, ...) go, so that {@code C001}
 * followed by a zero-width space is {@code C001}; a control character in an identifier is not
 * removed but reported ({@link #firstControl}), since such an id is broken rather than decorated.
 */
public final class PlainText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char SPACE = ' ';

    private PlainText() {
    }

    /**
     * Free text without control characters, except tab, CR and LF, which a quoted CSV value and an
     * XLSX cell hold as they are (and which the lists' spreadsheet guard neutralises at a cell's start).
     * A stray byte-order mark goes too.
     */
    public static String printable(String text) {
        int first = firstIndex(text, false);
        if (first < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLayout(c) || !isControl(c) && c != BYTE_ORDER_MARK) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** An identifier without invisible format characters; control characters are left for {@link #firstControl}. */
    public static String withoutInvisibles(String id) {
        int first = firstIndex(id, true);
        if (first < 0) {
            return id;
        }
        StringBuilder clean = new StringBuilder(id.length()).append(id, 0, first);
        for (int i = first; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isInvisible(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** The position of the first control character, or -1. */
    public static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code U+0007} style, for messages. */
    public static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** The first character the given clean-up would touch; most text has none, and is returned as is. */
    private static int firstIndex(String text, boolean invisibles) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= SPACE && c < 0x7F) {
                continue;  // printable ASCII, nearly every character of an export
            }
            if (invisibles ? isInvisible(c) : !isLayout(c) && isControl(c) || c == BYTE_ORDER_MARK) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLayout(char c) {
        return c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isControl(char c) {
        return Character.getType(c) == Character.CONTROL;
    }

    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT;
    }
}
