package com.jinpai.action.rule;

import java.time.LocalDateTime;

/**
 * A customer's open complaints that have had no first response by the run's as-of time.
 *
 * @param waiting how many there are
 * @param oldestOpenedAt when the oldest was opened, in business-zone local time
 */
public record ComplaintBacklog(int waiting, LocalDateTime oldestOpenedAt) {
}
