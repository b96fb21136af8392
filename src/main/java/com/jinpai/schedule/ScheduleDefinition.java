package com.jinpai.schedule;

import java.nio.file.Path;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * One file under {@code jobs/}, checked: the schedule {@code name} is the file name without
 * {@code .yml}; {@code job} is the batch job it runs.
 *
 * @param cron Quartz cron expression (seconds first), taken in {@code zone}
 * @param month which month each firing runs
 * @param inbox exports folder for these runs; null for {@code jinpai.inbox}
 */
public record ScheduleDefinition(String name, Path file, String job, String cron, ZoneId zone, MonthChoice month,
        @Nullable Path inbox, MisfirePolicy misfire, boolean enabled, @Nullable String description) {
}
