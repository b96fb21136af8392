/**
 * A manager's list handed back: the CSV or XLSX as written, with the {@code status} column filled
 * in ({@code DONE}, or a note, which also means done and is kept). Matching rows mark their open
 * action DONE; every row that matches no open action is reported with its row number and why,
 * never skipped in silence. Entry point: {@link com.jinpai.action.feedback.FeedbackImportService}.
 */
package com.jinpai.action.feedback;
