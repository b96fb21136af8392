package com.jinpai.value;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReevaluationPlanTests {

    private static final YearMonth AUG = YearMonth.of(2024, 8);
    private static final YearMonth SEP = YearMonth.of(2024, 9);
    private static final YearMonth OCT = YearMonth.of(2024, 10);
    private static final YearMonth NOV = YearMonth.of(2024, 11);
    private static final List<YearMonth> CLOSED = List.of(AUG, SEP, OCT, NOV);
    private static final Map<YearMonth, String> EXPECTED = Map.of(AUG, "a", SEP, "s", OCT, "o", NOV, "n");

    @Test
    void nothingEvaluatedYetEvaluatesTheMonthsUpToTheRequestedOneInOrder() {
        assertThat(ReevaluationPlan.months(CLOSED, EXPECTED, Map.of(), OCT)).containsExactly(AUG, SEP, OCT);
        assertThat(ReevaluationPlan.months(CLOSED, EXPECTED, Map.of(), AUG))
                .as("no later month was evaluated, so none is").containsExactly(AUG);
        assertThat(ReevaluationPlan.months(CLOSED, EXPECTED, Map.of(), NOV)).containsExactly(AUG, SEP, OCT, NOV);
    }

    @Test
    void aReRunOfACurrentMonthEvaluatesItAndTheMonthsEvaluatedAfterIt() {
        assertThat(ReevaluationPlan.months(CLOSED, EXPECTED, EXPECTED, SEP))
                .as("October and November continue September's tier and star history, which its evaluation rewrites")
                .containsExactly(SEP, OCT, NOV);
        assertThat(ReevaluationPlan.months(CLOSED, EXPECTED, EXPECTED, NOV)).containsExactly(NOV);
    }

    @Test
    void anEarlierChangedMonthStartsThePlan() {
        Map<YearMonth, String> stored = Map.of(AUG, "a", SEP, "old", OCT, "o", NOV, "n");

        assertThat(ReevaluationPlan.months(CLOSED, EXPECTED, stored, NOV)).containsExactly(SEP, OCT, NOV);
    }

    @Test
    void aColdSequenceOfMonthClosesEvaluatesEachMonthOnce() {
        Map<YearMonth, String> stored = new HashMap<>();
        List<YearMonth> evaluations = new ArrayList<>();
        for (YearMonth requested : CLOSED) {
            List<YearMonth> plan = ReevaluationPlan.months(CLOSED, EXPECTED, stored, requested);
            plan.forEach(month -> stored.put(month, EXPECTED.get(month)));
            evaluations.addAll(plan);
        }

        assertThat(evaluations).as("each month-close evaluates its own month only").containsExactlyElementsOf(CLOSED);
        assertThat(ReevaluationPlan.stale(CLOSED, EXPECTED, stored)).as("the nightly then has nothing to catch up")
                .isEmpty();
    }

    @Test
    void aLaterMonthIsEvaluatedAgainOnlyWhenItWasEvaluatedBefore() {
        assertThat(ReevaluationPlan.months(CLOSED, EXPECTED, Map.of(AUG, "a", SEP, "s"), AUG))
                .as("October and November were never evaluated: left to their own month-close")
                .containsExactly(AUG, SEP);
        assertThat(ReevaluationPlan.months(CLOSED, EXPECTED, Map.of(AUG, "a", SEP, "s"), SEP))
                .as("nor evaluated for a re-run of September").containsExactly(SEP);
        assertThat(ReevaluationPlan.months(CLOSED, EXPECTED, Map.of(AUG, "old", SEP, "old"), AUG))
                .as("a corrected August makes the September evaluated from it stale; October never was")
                .containsExactly(AUG, SEP);
        assertThat(ReevaluationPlan.months(CLOSED, EXPECTED, Map.of(AUG, "old", SEP, "old", OCT, "old", NOV, "old"),
                SEP)).as("a corrected August is evaluated before the requested month, the evaluated ones after it")
                .containsExactly(AUG, SEP, OCT, NOV);
    }

    @Test
    void aNeverEvaluatedMonthBeforeAnEvaluatedStaleOneIsEvaluatedForIt() {
        // September's file arrived after October was evaluated: October's grace counts read September
        Map<YearMonth, String> stored = Map.of(AUG, "a", OCT, "old");

        assertThat(ReevaluationPlan.months(CLOSED, EXPECTED, stored, AUG)).containsExactly(AUG, SEP, OCT);
        assertThat(ReevaluationPlan.stale(CLOSED, EXPECTED, stored)).containsExactly(SEP, OCT, NOV);
    }

    @Test
    void aMonthThatIsNotClosedIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> ReevaluationPlan.months(CLOSED, EXPECTED, EXPECTED, YearMonth.of(2024, 12)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2024-12 is not closed")
                .hasMessageContaining("bill_lines_2024-12");
    }

    @Test
    void catchUpEvaluatesFromTheFirstChangedMonthOrNothing() {
        assertThat(ReevaluationPlan.stale(CLOSED, EXPECTED, Map.of())).containsExactly(AUG, SEP, OCT, NOV);
        assertThat(ReevaluationPlan.stale(CLOSED, EXPECTED, Map.of(AUG, "a", SEP, "s")))
                .containsExactly(OCT, NOV);
        assertThat(ReevaluationPlan.stale(CLOSED, EXPECTED, Map.of(AUG, "a", SEP, "old", OCT, "o", NOV, "n")))
                .containsExactly(SEP, OCT, NOV);
        assertThat(ReevaluationPlan.stale(CLOSED, EXPECTED, EXPECTED)).isEmpty();
    }

    @Test
    void fingerprintsChainSoAChangeReachesEveryLaterMonth() {
        String aug = ReevaluationPlan.fingerprint(null, "settings", List.of("1:abc"), 10);
        String sep = ReevaluationPlan.fingerprint(aug, "settings", List.of("2:def"), 12);
        String augCorrected = ReevaluationPlan.fingerprint(null, "settings", List.of("3:fff"), 10);
        String sepAfterCorrection = ReevaluationPlan.fingerprint(augCorrected, "settings", List.of("2:def"), 12);

        assertThat(sep).hasSize(64).isNotEqualTo(sepAfterCorrection);
        assertThat(ReevaluationPlan.fingerprint(aug, "settings", List.of("2:def"), 12)).isEqualTo(sep);
        assertThat(ReevaluationPlan.fingerprint(aug, "settings", List.of("2:def"), 13)).isNotEqualTo(sep);
        assertThat(ReevaluationPlan.fingerprint(aug, "other settings", List.of("2:def"), 12)).isNotEqualTo(sep);
    }
}
