package com.jinpai.action.rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import java.util.Locale;

import com.jinpai.action.ActionMessages;
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

    private static final ActionMessages EN = new ActionMessages(ActionMessages.bundles(), Locale.ENGLISH);
    private static final ActionMessages ZH = new ActionMessages(ActionMessages.bundles(), Locale.SIMPLIFIED_CHINESE);

    private static List<String> reasons(List<Finding> findings, ActionMessages messages) {
        return findings.stream().map(f -> messages.text(f.reason())).toList();
    }

    private static StarFacts facts(String level, String before, Long score, boolean nearStar) {
        return new StarFacts("C001", YearMonth.of(2024, 10), false, false, false, level, before, score, nearStar,
                false);
    }

    @Test
    void anUpgradeTellsTheNewBenefits() {
        List<Finding> upgrade = book.evaluate(facts("THREE_STAR", "TWO_STAR", 1_020L, false), AS_OF);
        assertThat(upgrade).extracting(Finding::rule, Finding::situation, Finding::priority, Finding::dueDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ActionRule.STAR_UPGRADE, "customer", Priority.P3,
                        LocalDate.of(2024, 11, 16)));
        assertThat(reasons(upgrade, EN)).containsExactly("Star level rose from TWO_STAR 二星级 to THREE_STAR 三星级"
                + " (score 1020): loyalty points 1.5× on the bill, credit limit 200.00 yuan");
        assertThat(reasons(upgrade, ZH)).containsExactly("星级由TWO_STAR 二星级升至THREE_STAR 三星级（积分 1020）：账单积分按 1.5× 计，"
                + "信用额度 200.00 元");
        assertThat(reasons(book.evaluate(facts("ONE_STAR", null, 150L, false), AS_OF), EN))
                .containsExactly("Star level rose from no star to ONE_STAR 一星级 (score 150): loyalty points 1×"
                        + " on the bill, credit limit 50.00 yuan");
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
        List<Finding> near = book.evaluate(facts("TWO_STAR", "TWO_STAR", 900L, false), AS_OF);
        assertThat(near).extracting(Finding::rule, Finding::priority, Finding::dueDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ActionRule.STAR_NEAR, Priority.P2,
                        LocalDate.of(2024, 11, 9)));
        assertThat(reasons(near, EN)).containsExactly("TWO_STAR 二星级, score 900: 100 points to THREE_STAR 三星级,"
                + " about 100.00 yuan more spend this star year");
        assertThat(book.evaluate(facts("TWO_STAR", "TWO_STAR", 899L, false), AS_OF)).isEmpty();
        assertThat(reasons(book.evaluate(facts(null, null, 37L, true), AS_OF), ZH))
                .containsExactly("准星，积分 37：距ONE_STAR 一星级还差 63 分，本星级年度约需再消费 63.00 元");
    }

    @Test
    void notRatedOrClosedGetsNothing() {
        assertThat(book.evaluate(new StarFacts("C001", YearMonth.of(2024, 10), false, false, false, "TWO_STAR",
                "TWO_STAR", 950L, false, true), AS_OF)).isEmpty();
        assertThat(book.evaluate(new StarFacts("C001", YearMonth.of(2024, 10), false, true, false, "THREE_STAR",
                "TWO_STAR", 1_020L, false, false), AS_OF)).isEmpty();
    }
}
