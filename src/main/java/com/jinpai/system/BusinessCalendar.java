package com.jinpai.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * "Today" and "this month" in the business time zone, fixed by {@code jinpai.today} when set, and
 * every time a person or a script reads, shown in that zone and labelled with its offset.
 */
@Component
public class BusinessCalendar {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final Clock clock;
    private final LocalDate fixedToday;

    @Autowired
    public BusinessCalendar(JinpaiProperties properties) {
        this(Clock.system(properties.businessZone()), properties.today());
    }

    public BusinessCalendar(Clock clock, LocalDate fixedToday) {
        this.clock = clock;
        this.fixedToday = fixedToday;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return fixedToday != null ? fixedToday : LocalDate.now(clock);
    }

    public YearMonth currentMonth() {
        return YearMonth.from(today());
    }

    /** A moment in the business zone. */
    public ZonedDateTime at(Instant instant) {
        return instant.atZone(zone());
    }

    /**
     * A time the job repository stored (Spring Batch writes the machine's local time) in the
     * business zone; null stays null.
     */
    public @Nullable ZonedDateTime fromMachineTime(@Nullable LocalDateTime machineTime) {
        return machineTime == null ? null : machineTime.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone());
    }

    /**
     * The machine's local time at which a business day starts: what a filter on the job
     * repository's stored times compares with.
     */
    public LocalDateTime machineTimeAtStartOf(LocalDate businessDay) {
        return businessDay.atStartOfDay(zone()).withZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
    }

    /** How a person reads a time: in the business zone with its offset, e.g. 2026-12-02 02:30:05 +08:00. */
    public String label(@Nullable ZonedDateTime time) {
        return time == null ? "-" : TIME.format(time.withZoneSameInstant(zone()));
    }

    /** How a script reads a time: ISO-8601 with the business zone's offset, e.g. 2026-12-02T02:30:05+08:00. */
    public @Nullable String iso(@Nullable ZonedDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withZoneSameInstant(zone()));
    }
}
