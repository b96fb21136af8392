package com.jinpai.action.rule;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Reason;

/**
 * A VIP with overdue arrears (billed minus paid on bills past due) above the configured amount. The
 * reason names the unpaid bill months, the amount and the due date of the oldest of them.
 */
final class ArrearsNoticeRule implements OneSituationRule {

    private final Schedule schedule;
    private final BigDecimal minArrears;

    ArrearsNoticeRule(Schedule schedule, BigDecimal minArrears) {
        this.schedule = schedule;
        this.minArrears = minArrears;
    }

    @Override
    public ActionRule rule() {
        return ActionRule.ARREARS_NOTICE;
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    /** Arrears still overdue next month are the same situation, even when another bill joins them. */
    @Override
    public String key(CustomerFacts facts) {
        return SituationKeys.CUSTOMER;
    }

    @Override
    public Optional<Reason> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        if (!facts.vip() || facts.arrears().compareTo(minArrears) <= 0) {
            return Optional.empty();
        }
        List<OverdueBill> bills = facts.overdueBills();
        if (bills.isEmpty()) {
            return Optional.of(Reason.of("arrears", Wording.money(facts.arrears())));
        }
        List<Object> months = bills.stream().map(bill -> (Object) bill.billMonth()).collect(Collectors.toList());
        return Optional.of(Reason.of("arrears-bills", Wording.money(facts.arrears()), months,
                bills.get(0).dueDate()));
    }
}
