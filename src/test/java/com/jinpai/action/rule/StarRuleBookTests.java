package com.jinpai.action.rule;

import java.time.LocalDate;
import java.time.YearMonth;

import com.jinpai.action.ActionRule;
import com.jinpai.action.ActionsProperties;
import com.jinpai.action.Priority;
import com.jinpai.action.StarActionsProperties;
import com.jinpai.value.star.ShippedStars;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With the shipped lines (ONE_STAR 100, TWO_STAR 500, THREE_STAR 1000 at 1.5× and 200.00) and band 100. */
class StarRuleBookTests {

    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 2);
    private final StarRuleBook book = StarRuleBook.from(new StarActionsProperties(true,
            new ActionsProperties.Plain(Priority.P3, 14), new ActionsProperties.Plain(Priority.P2, 7)),
            ShippedStars.properties());

    private static StarFacts facts(String level, String before, Long score, boolean nearStar) {
        return new StarFacts("C001", YearMonth.of(2024, 10), false, false, false, level, before, score, nearStar,
                false);
    }

    @Test
    void anUpgradeTellsTheNewBenefits() {
        assertThat(book.evaluate(facts("THREE_STAR", "TWO_STAR", 1_020L, false), AS_OF)).containsExactly(
                new Finding(ActionRule.STAR_UPGRADE, Priority.P3, LocalDate.of(2024, 11, 16),
                        "Star level rose from TWO_STAR 二星级 to THREE_STAR 三星级 (score 1020): loyalty points 1.5×"
                                + " on the bill, credit limit 200.00"));
        assertThat(book.evaluate(facts("ONE_STAR", null, 150L, false), AS_OF)).extracting(Finding::reason)
                .containsExactly("Star level rose from no star to ONE_STAR 一星级 (score 150): loyalty points 1×"
                        + " on the bill, credit limit 50.00");
    }

    @Test
    void noUpgradeOnAKeptStarAnEstimateOrTheFirstEvaluation() {
        assertThat(book.evaluate(facts("TWO_STAR", "TWO_STAR", 700L, false), AS_OF)).isEmpty();
        assertThat(book.evaluate(new StarFacts("C001", YearMonth.of(2024, 10), true, false, false, "THREE_STAR",
                "TWO_STAR", 1_020L, false, false), AS_OF)).isEmpty();
        assertThat(book.evaluate(new StarFacts("C001", YearMonth.of(2024, 10), false, false, true, "THREE_STAR",
                null, 1_020L, false, false), AS_OF)).isEmpty();
    }

    @Test
    void nearTheNextLevelSaysWhatItTakes() {
        assertThat(book.evaluate(facts("TWO_STAR", "TWO_STAR", 900L, false), AS_OF)).containsExactly(
                new Finding(ActionRule.STAR_NEAR, Priority.P2, LocalDate.of(2024, 11, 9),
                        "TWO_STAR 二星级, score 900: 100 points to THREE_STAR 三星级, about 100.00 yuan more spend"
                                + " this star year"));
        assertThat(book.evaluate(facts("TWO_STAR", "TWO_STAR", 899L, false), AS_OF)).isEmpty();
        assertThat(book.evaluate(facts(null, null, 37L, true), AS_OF)).extracting(Finding::reason)
                .containsExactly("Near-star 准星, score 37: 63 points to ONE_STAR 一星级, about 63.00 yuan more spend"
                        + " this star year");
    }

    @Test
    void notRatedOrClosedGetsNothing() {
        assertThat(book.evaluate(new StarFacts("C001", YearMonth.of(2024, 10), false, false, false, "TWO_STAR",
                "TWO_STAR", 950L, false, true), AS_OF)).isEmpty();
        assertThat(book.evaluate(new StarFacts("C001", YearMonth.of(2024, 10), false, true, false, "THREE_STAR",
                "TWO_STAR", 1_020L, false, false), AS_OF)).isEmpty();
    }
}
