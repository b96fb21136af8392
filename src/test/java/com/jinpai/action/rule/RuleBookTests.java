package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

import com.jinpai.action.ActionMessages;
import com.jinpai.action.ActionRule;
import com.jinpai.action.Priority;
import com.jinpai.action.TestActionsConfig;
import com.jinpai.value.tier.Tier;
import com.jinpai.value.tier.TierProperties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of config/actions.yml firing and staying silent at its threshold. */
class RuleBookTests {

    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 5);

    /** The tier ladder of config/value.yml: the VIP line is GOLD's 150. */
    static final TierProperties TIERS = new TierProperties(new BigDecimal("1000"), new BigDecimal("500"),
            new BigDecimal("150"), new BigDecimal("50"), Tier.GOLD, 2);

    private static final ActionMessages ENGLISH = ActionMessages.of(Locale.ENGLISH);

    private final RuleBook book = RuleBook.from(TestActionsConfig.fromFile().rules(), TIERS);

    private Optional<Finding> fired(Facts facts, ActionRule rule) {
        return evaluate(facts.build()).stream().filter(f -> f.rule() == rule).findFirst();
    }

    private List<Finding> evaluate(CustomerFacts facts) {
        return book.evaluate(facts, AS_OF, AS_OF);
    }

    static String english(Finding finding) {
        return ENGLISH.text(finding.reason());
    }

    @Test
    void aSteadyVipGetsNothing() {
        assertThat(evaluate(Facts.vip().build())).isEmpty();
    }

    @Test
    void aClosedAccountGetsNothingEvenWhenRulesWouldFire() {
        Facts facts = Facts.vip().tier("GOLD", "SILVER").arrears("500.00").spend("10.00");
        assertThat(evaluate(facts.build())).isNotEmpty();
        assertThat(evaluate(facts.closed().build())).isEmpty();
    }

    @Test
    void severalRulesFireTogetherInTableOrderWithTheirPriorityAndDueDate() {
        List<Finding> findings = evaluate(Facts.vip().tier("GOLD", "SILVER").arrears("12.00").build());

        assertThat(findings).extracting(Finding::rule)
                .containsExactly(ActionRule.NEW_VIP_WELCOME, ActionRule.ARREARS_NOTICE);
        assertThat(findings.get(0).priority()).isEqualTo(Priority.P2);
        assertThat(findings.get(0).dueDate()).isEqualTo(LocalDate.of(2024, 11, 12));
        assertThat(findings.get(1).priority()).isEqualTo(Priority.P2);
        assertThat(findings.get(1).dueDate()).isEqualTo(LocalDate.of(2024, 11, 8));
    }

    @Nested
    class NewVipWelcome {

        @Test
        void firesWhenTheCustomerWasNotVipBefore() {
            Finding finding = fired(Facts.vip().tier("GOLD", "SILVER").average("182.40"), ActionRule.NEW_VIP_WELCOME)
                    .orElseThrow();
            assertThat(english(finding)).isEqualTo("Became GOLD in October 2024 (was SILVER), average spend 182.40");
            assertThat(finding.priority()).isEqualTo(Priority.P2);
            assertThat(finding.dueDate()).isEqualTo(AS_OF.plusDays(7));
        }

        @Test
        void welcomesACustomerWhoJoinedSinceTheLastEvaluationAsVip() {
            assertThat(fired(Facts.vip().tier("PLATINUM", null), ActionRule.NEW_VIP_WELCOME)).get()
                    .extracting(RuleBookTests::english).asString().contains("(new customer)");
        }

        @Test
        void silentAtTheBaselineMonthWhenEveryVipWouldLookNew() {
            assertThat(fired(Facts.vip().tier("PLATINUM", null).baseline(), ActionRule.NEW_VIP_WELCOME)).isEmpty();
            assertThat(fired(Facts.vip().tier("GOLD", "SILVER").baseline(), ActionRule.NEW_VIP_WELCOME)).isEmpty();
        }

        @Test
        void readsInChineseByDefault() {
            Finding finding = fired(Facts.vip().tier("GOLD", "SILVER").average("182.40"), ActionRule.NEW_VIP_WELCOME)
                    .orElseThrow();
            assertThat(ActionMessages.of(Locale.CHINESE).text(finding.reason()))
                    .isEqualTo("2024年10月升级为金卡（此前为银卡），平均月消费 182.40 元");
        }

        @Test
        void silentWhenAlreadyVipOrNotVip() {
            assertThat(fired(Facts.vip().tier("PLATINUM", "GOLD"), ActionRule.NEW_VIP_WELCOME)).isEmpty();
            assertThat(fired(Facts.vip().tier("GOLD", "DIAMOND"), ActionRule.NEW_VIP_WELCOME)).isEmpty();
            assertThat(fired(Facts.vip().notVip().tier("SILVER", "STANDARD"), ActionRule.NEW_VIP_WELCOME)).isEmpty();
        }
    }

    @Nested
    class DowngradeRisk {

        @Test
        void firesForAVipInTheGracePeriod() {
            Finding finding = fired(Facts.vip().average("132.10").grace("SILVER", 1), ActionRule.DOWNGRADE_RISK)
                    .orElseThrow();
            assertThat(english(finding)).isEqualTo("Average spend 132.10 points to SILVER; stays GOLD in the downgrade "
                    + "grace period (1 evaluation(s) below so far)");
            assertThat(finding.priority()).isEqualTo(Priority.P1);
            assertThat(finding.dueDate()).isEqualTo(AS_OF.plusDays(5));
        }

        @Test
        void silentOutsideTheGracePeriod() {
            assertThat(fired(Facts.vip().average("132.10"), ActionRule.DOWNGRADE_RISK)).isEmpty();
        }
    }

    @Nested
    class SpendDrop {

        @Test
        void firesAtExactlySeventyPercentOfThePriorAverage() {
            Finding finding = fired(Facts.vip().prior("100.00").spend("70.00"), ActionRule.SPEND_DROP).orElseThrow();
            assertThat(english(finding))
                    .isEqualTo("October 2024 spend 70.00, 70% of the prior average 100.00 (alert at 70% or less)");
            assertThat(finding.priority()).isEqualTo(Priority.P1);
            assertThat(finding.dueDate()).isEqualTo(AS_OF.plusDays(5));
        }

        @Test
        void silentOneFenAboveTheThreshold() {
            assertThat(fired(Facts.vip().prior("100.00").spend("70.01"), ActionRule.SPEND_DROP)).isEmpty();
        }

        @Test
        void readsLikeTheSpecExample() {
            assertThat(fired(Facts.vip().prior("234.70").spend("96.20"), ActionRule.SPEND_DROP)).get()
                    .extracting(RuleBookTests::english).asString()
                    .startsWith("October 2024 spend 96.20, 41% of the prior average 234.70");
        }

        @Test
        void judgesAgainstThePriorAverageNotTheOneContainingTheMonth() {
            // the month itself dragged the average down to 60: against it there is no drop
            assertThat(fired(Facts.vip().spend("60.00").average("60.00").prior("100.00"), ActionRule.SPEND_DROP))
                    .isPresent();
            assertThat(fired(Facts.vip().spend("60.00").average("50.00").prior("80.00"), ActionRule.SPEND_DROP))
                    .isEmpty();
        }

        @Test
        void aNegativeSpendAfterRefundsIsADrop() {
            assertThat(fired(Facts.vip().prior("300.00").spend("-12.50"), ActionRule.SPEND_DROP)).get()
                    .extracting(RuleBookTests::english).asString().startsWith("October 2024 spend -12.50, -4% of");
        }

        @Test
        void silentForTheOpenMonthWithoutPriorAverageAndForNonVips() {
            assertThat(fired(Facts.vip().prior("100.00").spend("10.00").estimated(), ActionRule.SPEND_DROP)).isEmpty();
            assertThat(fired(Facts.vip().prior(null).spend("10.00"), ActionRule.SPEND_DROP)).isEmpty();
            assertThat(fired(Facts.vip().prior("0.00").spend("-1.00"), ActionRule.SPEND_DROP)).isEmpty();
            assertThat(fired(Facts.vip().notVip().prior("100.00").spend("10.00"), ActionRule.SPEND_DROP)).isEmpty();
        }
    }

    @Nested
    class BillShockAlert {

        @Test
        void firesAtExactlyOneHundredFiftyPercentMonthToDate() {
            Finding finding = fired(Facts.vip().prior("234.70").spend("352.05").estimated(),
                    ActionRule.BILL_SHOCK_ALERT).orElseThrow();
            assertThat(english(finding)).isEqualTo(
                    "October 2024 spend to date 352.05, 150% of the prior average 234.70 (alert at 150% or more)");
            assertThat(finding.priority()).isEqualTo(Priority.P2);
            assertThat(finding.dueDate()).isEqualTo(AS_OF.plusDays(2));
        }

        @Test
        void silentOneFenBelowTheThreshold() {
            assertThat(fired(Facts.vip().prior("234.70").spend("352.04").estimated(), ActionRule.BILL_SHOCK_ALERT))
                    .isEmpty();
        }

        @Test
        void aClosedMonthSaysSpendNotSpendToDate() {
            assertThat(fired(Facts.vip().prior("100.00").spend("400.00"), ActionRule.BILL_SHOCK_ALERT)).get()
                    .extracting(RuleBookTests::english).asString().startsWith("October 2024 spend 400.00, 400% of");
        }

        @Test
        void judgesAgainstThePriorAverage() {
            // against the average containing the month (220) this is no shock; against the prior (100) it is
            assertThat(fired(Facts.vip().spend("400.00").average("220.00").prior("100.00"),
                    ActionRule.BILL_SHOCK_ALERT)).isPresent();
        }

        @Test
        void silentForNonVipsAndWithoutPriorAverage() {
            assertThat(fired(Facts.vip().notVip().prior("40.00").spend("400.00"), ActionRule.BILL_SHOCK_ALERT))
                    .isEmpty();
            assertThat(fired(Facts.vip().prior(null).spend("400.00"), ActionRule.BILL_SHOCK_ALERT)).isEmpty();
            assertThat(fired(Facts.vip().prior("0.00").spend("400.00"), ActionRule.BILL_SHOCK_ALERT)).isEmpty();
        }
    }

    @Nested
    class ArrearsNotice {

        @Test
        void namesTheOverdueBillMonthsTheAmountAndTheDueDate() {
            Finding finding = fired(Facts.vip().arrears("320.50").overdue(
                    new OverdueBill(YearMonth.of(2024, 8), new BigDecimal("120.50"), LocalDate.of(2024, 9, 20)),
                    new OverdueBill(YearMonth.of(2024, 9), new BigDecimal("200.00"), LocalDate.of(2024, 10, 20))),
                    ActionRule.ARREARS_NOTICE).orElseThrow();
            assertThat(english(finding)).isEqualTo(
                    "Overdue arrears 320.50: the bills of August 2024, September 2024 are unpaid, due since 2024-09-20");
            assertThat(ActionMessages.of(Locale.CHINESE).text(finding.reason()))
                    .isEqualTo("逾期欠费 320.50 元：2024年8月、2024年9月账单未结清，最早于 2024-09-20 到期");
            assertThat(finding.situation()).as("arrears still overdue next month: the same situation")
                    .isEqualTo("customer");
        }

        @Test
        void firesForOneFenOverdue() {
            Finding finding = fired(Facts.vip().arrears("0.01"), ActionRule.ARREARS_NOTICE).orElseThrow();
            assertThat(english(finding)).isEqualTo("Overdue arrears 0.01 on bills past their due date");
            assertThat(finding.priority()).isEqualTo(Priority.P2);
            assertThat(finding.dueDate()).isEqualTo(AS_OF.plusDays(3));
        }

        @Test
        void silentWithoutArrearsOrForNonVips() {
            assertThat(fired(Facts.vip().arrears("0.00"), ActionRule.ARREARS_NOTICE)).isEmpty();
            assertThat(fired(Facts.vip().arrears("-5.00"), ActionRule.ARREARS_NOTICE)).isEmpty();
            assertThat(fired(Facts.vip().notVip().arrears("320.50"), ActionRule.ARREARS_NOTICE)).isEmpty();
        }
    }

    @Nested
    class ComplaintEscalation {

        // the run's as-of time is the start of 2024-11-05: 48 hours earlier is 2024-11-03 00:00
        @Test
        void firesAfterExactlyFortyEightHoursWithoutResponse() {
            Finding finding = fired(Facts.vip().complaint("T1", LocalDateTime.of(2024, 11, 3, 0, 0)),
                    ActionRule.COMPLAINT_ESCALATION).orElseThrow();
            assertThat(english(finding)).isEqualTo(
                    "Complaint T1 opened 2024-11-03 00:00 has had no first response for 2 days 0 hours (limit 48 hours)");
            assertThat(finding.priority()).isEqualTo(Priority.P1);
            assertThat(finding.dueDate()).isEqualTo(AS_OF.plusDays(1));
        }

        @Test
        void silentOneMinuteShortOfFortyEightHours() {
            assertThat(fired(Facts.vip().complaint("T1", LocalDateTime.of(2024, 11, 3, 0, 1)),
                    ActionRule.COMPLAINT_ESCALATION)).isEmpty();
        }

        @Test
        void oneSituationPerTicketWithTheWaitInDaysAndHours() {
            List<Finding> findings = evaluate(Facts.vip().complaint("T7", LocalDateTime.of(2024, 11, 1, 20, 0))
                    .complaint("T9", LocalDateTime.of(2024, 11, 2, 9, 15)).build());
            assertThat(findings).extracting(Finding::situation).containsExactly("ticket:T7", "ticket:T9");
            assertThat(ActionMessages.of(Locale.CHINESE).text(findings.get(0).reason()))
                    .isEqualTo("投诉工单 T7（2024-11-01 20:00 受理）已 3 天 4 小时未首次响应（时限 48 小时）");
        }

        @Test
        void silentForNonVips() {
            assertThat(fired(Facts.vip().notVip().complaint("T1", LocalDateTime.of(2024, 10, 1, 0, 0)),
                    ActionRule.COMPLAINT_ESCALATION)).isEmpty();
        }
    }

    @Nested
    class UpgradeNudge {

        @Test
        void firesAtTenPercentBelowTheGoldLine() {
            Finding finding = fired(Facts.nonVip("SILVER", "135.00"), ActionRule.UPGRADE_NUDGE).orElseThrow();
            assertThat(english(finding)).isEqualTo("Average spend 135.00 is 15.00 below the GOLD line 150.00");
            assertThat(finding.priority()).isEqualTo(Priority.P3);
            assertThat(finding.dueDate()).isEqualTo(AS_OF.plusDays(14));
        }

        @Test
        void firesJustBelowTheLine() {
            assertThat(fired(Facts.nonVip("SILVER", "149.99"), ActionRule.UPGRADE_NUDGE)).isPresent();
        }

        @Test
        void silentOneFenFurtherDownOrOnTheLine() {
            assertThat(fired(Facts.nonVip("SILVER", "134.99"), ActionRule.UPGRADE_NUDGE)).isEmpty();
            assertThat(fired(Facts.nonVip("SILVER", "150.00"), ActionRule.UPGRADE_NUDGE)).isEmpty();
        }

        @Test
        void silentForVipsAndWithoutAverage() {
            assertThat(fired(Facts.vip().average("140.00").grace("SILVER", 1), ActionRule.UPGRADE_NUDGE)).isEmpty();
            assertThat(fired(Facts.nonVip("NEW", "140.00").average(null), ActionRule.UPGRADE_NUDGE)).isEmpty();
        }

        @Test
        void theIssuingQueryStartsAtTheLowestAverageTheRuleTakes() {
            assertThat(book.lowestNonVipAverage()).isEqualByComparingTo("135.00");
        }
    }

    @Nested
    class TopRankEntry {

        @Test
        void firesWhenTheCustomerEnteredTheTopN() {
            Finding finding = fired(Facts.vip().average("2310.00").enteredTopN(37, 154), ActionRule.TOP_RANK_ENTRY)
                    .orElseThrow();
            assertThat(english(finding)).isEqualTo(
                    "Entered the top customers in October 2024 at rank 37 (previous rank 154), average spend 2310.00");
            assertThat(finding.priority()).isEqualTo(Priority.P3);
            assertThat(finding.dueDate()).isEqualTo(AS_OF.plusDays(14));
        }

        @Test
        void saysWhenTheCustomerWasNotRankedBefore() {
            assertThat(fired(Facts.vip().enteredTopN(5, null), ActionRule.TOP_RANK_ENTRY)).get()
                    .extracting(RuleBookTests::english).asString().contains("(not ranked before)");
        }

        @Test
        void silentAtTheBaselineMonthWhenTheWholeTopNWouldLookNew() {
            assertThat(fired(Facts.vip().enteredTopN(5, null).baseline(), ActionRule.TOP_RANK_ENTRY)).isEmpty();
        }

        @Test
        void silentWithoutAnEntry() {
            assertThat(fired(Facts.vip().average("2310.00"), ActionRule.TOP_RANK_ENTRY)).isEmpty();
        }
    }

    /** The one place each rule says what makes a situation the same from run to run. */
    @Nested
    class SituationKeysOfTheRules {

        @Test
        void eachRuleDeclaresItsKey() {
            Facts everything = Facts.vip().tier("GOLD", "SILVER").grace("SILVER", 1).prior("300.00").spend("30.00")
                    .arrears("50.00").complaint("T5", LocalDateTime.of(2024, 11, 1, 0, 0)).enteredTopN(3, 120);
            assertThat(evaluate(everything.build())).extracting(f -> f.rule() + "=" + f.situation()).containsExactly(
                    "NEW_VIP_WELCOME=customer", "DOWNGRADE_RISK=customer", "SPEND_DROP=customer",
                    "ARREARS_NOTICE=customer", "COMPLAINT_ESCALATION=ticket:T5", "TOP_RANK_ENTRY=customer");
            assertThat(fired(Facts.vip().prior("100.00").spend("400.00").estimated(), ActionRule.BILL_SHOCK_ALERT))
                    .get().extracting(Finding::situation).isEqualTo("month:2024-10");
            assertThat(fired(Facts.nonVip("SILVER", "140.00"), ActionRule.UPGRADE_NUDGE)).get()
                    .extracting(Finding::situation).isEqualTo("customer");
        }

        @Test
        void dueDatesCountFromThePublishDayNotTheAsOfDate() {
            LocalDate published = AS_OF.plusDays(2);
            List<Finding> findings = book.evaluate(Facts.vip().complaint("T1", LocalDateTime.of(2024, 11, 1, 0, 0))
                    .build(), AS_OF, published);
            assertThat(findings).singleElement().extracting(Finding::dueDate).isEqualTo(published.plusDays(1));
        }

        @Test
        void theVipLineIsTheOneOfTheTierSettings() {
            TierProperties higher = new TierProperties(new BigDecimal("1000"), new BigDecimal("500"),
                    new BigDecimal("200"), new BigDecimal("50"), Tier.GOLD, 2);
            assertThat(RuleBook.from(TestActionsConfig.fromFile().rules(), higher).lowestNonVipAverage())
                    .isEqualByComparingTo("180.00");
            TierProperties platinumVip = new TierProperties(new BigDecimal("1000"), new BigDecimal("500"),
                    new BigDecimal("150"), new BigDecimal("50"), Tier.PLATINUM, 2);
            RuleBook book = RuleBook.from(TestActionsConfig.fromFile().rules(), platinumVip);
            CustomerFacts wasGold = Facts.vip().tier("PLATINUM", "GOLD").build();
            assertThat(book.evaluate(wasGold, AS_OF, AS_OF)).extracting(Finding::rule)
                    .as("GOLD is not VIP when VIP starts at PLATINUM").contains(ActionRule.NEW_VIP_WELCOME);
        }
    }
}
