package com.jinpai.action;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How an issued action ended, the service standard a VIP centre measures its managers by: handed
 * back DONE on or before its due date (on time), DONE after it (late), EXPIRED, or still OPEN. The
 * one place that says what "on time" means; the report's per-manager table counts by it.
 */
public enum ActionOutcome {
    OPEN,
    DONE_ON_TIME,
    DONE_LATE,
    EXPIRED;

    /**
     * @param closedOn the day the action became DONE (the import's business day); null while open
     * @throws IllegalArgumentException for a DONE action without its day, which cannot be judged
     */
    public static ActionOutcome of(ActionStatus status, LocalDate dueDate, @Nullable LocalDate closedOn) {
        return switch (status) {
            case OPEN -> OPEN;
            case EXPIRED -> EXPIRED;
            case DONE -> {
                if (closedOn == null) {
                    throw new IllegalArgumentException("a DONE action due " + dueDate + " has no closed_on day");
                }
                yield closedOn.isAfter(dueDate) ? DONE_LATE : DONE_ON_TIME;
            }
        };
    }
}
