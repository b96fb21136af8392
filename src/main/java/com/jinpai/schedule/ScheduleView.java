package com.jinpai.schedule;

import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A schedule as an admin sees it: the file's settings and the job store's state.
 *
 * @param state the trigger's Quartz state (NORMAL, PAUSED, BLOCKED while running, ...), or
 *     NOT_REGISTERED until a scheduler has read the file, or DISABLED
 */
public record ScheduleView(String name, @Nullable ScheduleDefinition definition, String state,
        @Nullable ZonedDateTime nextFire, @Nullable ZonedDateTime previousFire) {
}
