package com.jinpai.action.rule;

import java.time.LocalDateTime;

/**
 * A customer's open complaint without a first response by the run's as-of time.
 *
 * @param openedAt business-zone local time
 */
public record OpenComplaint(String ticketId, LocalDateTime openedAt) {
}
