package com.jinpai.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** "Today" and "this month" in the business time zone, fixed by {@code jinpai.today} when set. */
@Component
public class BusinessCalendar {

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
}
