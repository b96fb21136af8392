package com.jinpai.value.spend;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenMonthEstimateTests {

    @Test
    void proratesThePlanFeeByTheDaysElapsed() {
        // 100.00 * 10 / 31 = 32.258 -> 32.26
        assertThat(OpenMonthEstimate.proratedPlan(10000, LocalDate.of(2024, 10, 10))).isEqualTo(3226);
        // the last day of the month: the whole fee
        assertThat(OpenMonthEstimate.proratedPlan(10000, LocalDate.of(2024, 2, 29))).isEqualTo(10000);
        // 58.00 * 1 / 30 = 1.9333 -> 1.93
        assertThat(OpenMonthEstimate.proratedPlan(5800, LocalDate.of(2024, 11, 1))).isEqualTo(193);
        assertThat(OpenMonthEstimate.daysElapsed(LocalDate.of(2024, 11, 1))).isEqualTo(1);
    }

    @Test
    void projectsTheEstimateToTheWholeMonthAtThePaceSoFar() {
        // 45.11 * 31 / 10 = 139.841 -> 139.84
        assertThat(OpenMonthEstimate.projectToMonth(4511, LocalDate.of(2024, 10, 10))).isEqualTo(13984);
        assertThat(OpenMonthEstimate.projectToMonth(4511, LocalDate.of(2024, 10, 31))).isEqualTo(4511);
    }
}
