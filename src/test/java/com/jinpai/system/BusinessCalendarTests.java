package com.jinpai.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCalendarTests {

    private final BusinessCalendar shanghai = new BusinessCalendar(Clock.system(ZoneId.of("Asia/Shanghai")), null);

    @Test
    void aBusinessDayStartsAtTheMachineTimeOfMidnightInTheBusinessZone() {
        LocalDate day = LocalDate.of(2026, 12, 2);

        LocalDateTime start = shanghai.machineTimeAtStartOf(day);

        assertThat(start.atZone(ZoneId.systemDefault()).toInstant())
                .isEqualTo(day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void aStoredMachineTimeReadsBackInTheBusinessZone() {
        LocalDateTime stored = shanghai.machineTimeAtStartOf(LocalDate.of(2026, 12, 2));

        assertThat(shanghai.label(shanghai.fromMachineTime(stored))).isEqualTo("2026-12-02 00:00:00 +08:00");
    }
}
