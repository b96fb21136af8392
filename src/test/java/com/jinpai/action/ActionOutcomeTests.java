package com.jinpai.action;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What counts as done on time, done late and expired for a manager's service standard. */
class ActionOutcomeTests {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 10);

    @Test
    void doneOnOrBeforeTheDueDateIsOnTime() {
        assertThat(ActionOutcome.of(ActionStatus.DONE, DUE, DUE.minusDays(4))).isEqualTo(ActionOutcome.DONE_ON_TIME);
        assertThat(ActionOutcome.of(ActionStatus.DONE, DUE, DUE)).as("the due day itself")
                .isEqualTo(ActionOutcome.DONE_ON_TIME);
    }

    @Test
    void doneAfterTheDueDateIsLate() {
        assertThat(ActionOutcome.of(ActionStatus.DONE, DUE, DUE.plusDays(1))).isEqualTo(ActionOutcome.DONE_LATE);
    }

    @Test
    void expiredAndOpenAreTheirStatusWhateverTheDates() {
        assertThat(ActionOutcome.of(ActionStatus.EXPIRED, DUE, DUE.plusDays(1))).isEqualTo(ActionOutcome.EXPIRED);
        assertThat(ActionOutcome.of(ActionStatus.OPEN, DUE, null)).isEqualTo(ActionOutcome.OPEN);
    }

    @Test
    void aDoneActionWithoutItsDayCannotBeJudged() {
        assertThatThrownBy(() -> ActionOutcome.of(ActionStatus.DONE, DUE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("due 2026-11-10");
    }
}
