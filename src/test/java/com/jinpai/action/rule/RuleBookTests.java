package com.jinpai.action.rule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Priority;
import com.jinpai.action.TestActionsConfig;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of config/actions.yml firing and staying silent at its threshold. */
class RuleBookTests {

    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 5);

    private final RuleBook book = RuleBook.from(TestActionsConfig.fromFile().rules());

    private Optional<Finding> fired(Facts facts, ActionRule rule) {
        return book.evaluate(facts.build(), AS_OF).stream().filter(f -> f.rule() == rule).findFirst();
    }

    @Test
    void aSteadyVipGetsNothing() {
        assertThat(book.evaluate(Facts.vip().build(), AS_OF)).isEmpty();
    }

    @Test
    void aClosedAccountGetsNothingEvenWhenRulesWouldFire() {
        Facts facts = Facts.vip().tier("GOLD", "SILVER").arrears("500.00").spend("10.00");
        assertThat(book.evaluate(facts.build(), AS_OF)).isNotEmpty();
        assertThat(book.evaluate(facts.closed().build(), AS_OF)).isEmpty();
    }

    @Test
    void severalRulesFireTogetherInTableOrderWithTheirPriorityAndDueDate() {
        List<Finding> findings = book.evaluate(Facts.vip().tier("GOLD", "SILVER").arrears("12.00").build(), AS_OF);

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
            assertThat(finding.reason()).isEqualTo("Became GOLD in October 2024 (was SILVER), average spend 182.40");
            assertThat(finding.priority()).isEqualTo(Priority.P2);
            assertThat(finding.dueDate()).isEqualTo(AS_OF.plusDays(7));
        }

        @Test
        void firesAtTheFirstEvaluation() {
            assertThat(fired(Facts.vip().tier("PLATINUM", null), ActionRule.NEW_VIP_WELCOME)).get()
                    .extracting(Finding::reason).asString().contains("(first evaluation)");
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
            assertThat(finding.reason()).isEqualTo("Average spend 132.10 points to SILVER; stays GOLD in the downgrade "
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
            assertThat(finding.reason())
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
                    .extracting(Finding::reason).asString()
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
                    .extracting(Finding::reason).asString().startsWith("October 2024 spend -12.50, -4% of");
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
            assertThat(finding.reason()).isEqualTo(
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
                    .extracting(Finding::reason).asString().startsWith("October 2024 spend 400.00, 400% of");
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
        void firesForOneFenOverdue() {
            Finding finding = fired(Facts.vip().arrears("0.01"), ActionRule.ARREARS_NOTICE).orElseThrow();
            assertThat(finding.reason()).isEqualTo("Overdue arrears 0.01 on bills past their due date");
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
            Finding finding = fired(Facts.vip().complaints(1, LocalDateTime.of(2024, 11, 3, 0, 0)),
                    ActionRule.COMPLAINT_ESCALATION).orElseThrow();
            assertThat(finding.reason())
                    .isEqualTo("Complaint opened 2024-11-03 00:00 has had no first response for 48 hours (limit 48)");
            assertThat(finding.priority()).isEqualTo(Priority.P1);
            assertThat(finding.dueDate()).isEqualTo(AS_OF.plusDays(1));
        }

        @Test
        void silentOneMinuteShortOfFortyEightHours() {
            assertThat(fired(Facts.vip().complaints(1, LocalDateTime.of(2024, 11, 3, 0, 1)),
                    ActionRule.COMPLAINT_ESCALATION)).isEmpty();
        }

        @Test
        void namesHowManyAreWaitingAndHowLongTheOldestWaited() {
            assertThat(fired(Facts.vip().complaints(3, LocalDateTime.of(2024, 11, 1, 9, 15)),
                    ActionRule.COMPLAINT_ESCALATION)).get().extracting(Finding::reason).isEqualTo(
                            "3 complaints without a first response; the oldest, opened 2024-11-01 09:15, has waited "
                                    + "86 hours (limit 48)");
        }

        @Test
        void silentForNonVips() {
            assertThat(fired(Facts.vip().notVip().complaints(1, LocalDateTime.of(2024, 10, 1, 0, 0)),
                    ActionRule.COMPLAINT_ESCALATION)).isEmpty();
        }
    }

    @Nested
    class UpgradeNudge {

        @Test
        void firesAtTenPercentBelowTheGoldLine() {
            Finding finding = fired(Facts.nonVip("SILVER", "135.00"), ActionRule.UPGRADE_NUDGE).orElseThrow();
            assertThat(finding.reason()).isEqualTo("Average spend 135.00 is 15.00 below the GOLD line 150.00");
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
            assertThat(finding.reason()).isEqualTo(
                    "Entered the top customers in October 2024 at rank 37 (previous rank 154), average spend 2310.00");
            assertThat(finding.priority()).isEqualTo(Priority.P3);
            assertThat(finding.dueDate()).isEqualTo(AS_OF.plusDays(14));
        }

        @Test
        void saysWhenTheCustomerWasNotRankedBefore() {
            assertThat(fired(Facts.vip().enteredTopN(5, null), ActionRule.TOP_RANK_ENTRY)).get()
                    .extracting(Finding::reason).asString().contains("(not ranked before)");
        }

        @Test
        void silentWithoutAnEntry() {
            assertThat(fired(Facts.vip().average("2310.00"), ActionRule.TOP_RANK_ENTRY)).isEmpty();
        }
    }
}
