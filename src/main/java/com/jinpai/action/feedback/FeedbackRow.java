package com.jinpai.action.feedback;

/**
 * A data row of a handed-back list, values restored from their spreadsheet-safe form.
 *
 * @param row the row number a spreadsheet shows (the header is row 1)
 * @param situation the situation column, empty in a list from before it (then the period names one action)
 * @param note the note column, empty when the manager wrote none
 */
record FeedbackRow(int row, String customerId, String rule, String period, String status, String situation,
        String note) {

    boolean isBlank() {
        return customerId.isEmpty() && rule.isEmpty() && period.isEmpty() && status.isEmpty() && note.isEmpty();
    }
}
