package com.jinpai.action.feedback;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did with each row of a handed-back list.
 *
 * @param rowsRead data rows with any content
 * @param matched rows naming an action that takes the feedback ({@code updated + alreadyDone})
 * @param updated open actions marked DONE by this import
 * @param alreadyDone rows whose action was DONE already (the same list imported again)
 * @param leftOpen rows with an empty or OPEN status: nothing asked, nothing changed
 * @param unmatched rows that match no open action, with the reason
 */
public record FeedbackImportResult(
        Path file,
        int rowsRead,
        int matched,
        int updated,
        int alreadyDone,
        int leftOpen,
        List<Unmatched> unmatched) {

    /** A row that could not be applied. */
    public record Unmatched(int row, String customerId, String rule, String period, String reason) {

        @Override
        public String toString() {
            return "row " + row + ": " + reason;
        }
    }

    /** Every row that asked for a change found its open action. */
    public boolean allMatched() {
        return unmatched.isEmpty();
    }

    /** One line for a command's output; the unmatched rows follow it, one per line, by their toString. */
    public String summary() {
        return file + ": " + rowsRead + " row(s), " + updated + " marked DONE, " + alreadyDone + " already DONE, "
                + leftOpen + " left open, " + unmatched.size() + " unmatched";
    }
}
