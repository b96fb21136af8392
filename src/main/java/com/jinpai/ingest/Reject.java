package com.jinpai.ingest;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A row that did not load: where it is in the file, which field is at fault (null for the row as
 * a whole), why, and the row as it was read.
 */
record Reject(long line, @Nullable String field, String reason, String rawText) {

    static final int RAW_TEXT_LIMIT = 4000;
    static final int REASON_LIMIT = 500;
    static final int FIELD_LIMIT = 64;

    Reject {
        reason = cut(reason, REASON_LIMIT);
        rawText = cut(rawText, RAW_TEXT_LIMIT);
        field = field == null ? null : cut(field, FIELD_LIMIT);
    }

    /**
     * The record as a line of the file: the values joined by the delimiter, quoted where the file
     * must have quoted them. Leading and trailing blanks of values are not kept by the reader.
     */
    static String rawText(CSVRecord record, char delimiter) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < record.size(); i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            String value = record.get(i);
            boolean quote = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0;
            if (quote) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
            else {
                line.append(value);
            }
        }
        return line.toString();
    }

    /**
     * The line a record starts on: the parser reports the line it ended on, and quoted values may
     * hold line breaks.
     */
    static long startLine(CSVRecord record, long endLine) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return endLine - breaks;
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 3) + "...";
    }
}
