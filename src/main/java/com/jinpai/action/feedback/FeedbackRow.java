package com.jinpai.action.feedback;

/**
 * A data row of a handed-back list, values restored from their spreadsheet-safe form.
 *
 * @param row the row number a spreadsheet shows (the header is row 1)
 */
record FeedbackRow(int row, String customerId, String rule, String period, String status) {

    boolean isBlank() {
        return customerId.isEmpty() && rule.isEmpty() && period.isEmpty() && status.isEmpty();
    }
}
