package com.jinpai.action.rule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;

/** A VIP's open complaint has had no first response for the configured hours by the as-of time. */
final class ComplaintEscalationRule implements RuleCheck {

    private final Schedule schedule;
    private final int noResponseHours;

    ComplaintEscalationRule(Schedule schedule, int noResponseHours) {
        this.schedule = schedule;
        this.noResponseHours = noResponseHours;
    }

    @Override
    public ActionRule rule() {
        return ActionRule.COMPLAINT_ESCALATION;
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public Optional<String> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        ComplaintBacklog backlog = facts.complaints();
        if (!facts.vip() || backlog == null) {
            return Optional.empty();
        }
        if (backlog.oldestOpenedAt().plusHours(noResponseHours).isAfter(asOfTime)) {
            return Optional.empty();
        }
        long waited = Duration.between(backlog.oldestOpenedAt(), asOfTime).toHours();
        String opened = backlog.oldestOpenedAt().format(Wording.DATE_TIME);
        String head = backlog.waiting() == 1
                ? "Complaint opened " + opened + " has had no first response for "
                : backlog.waiting() + " complaints without a first response; the oldest, opened " + opened
                        + ", has waited ";
        return Optional.of(head + waited + " hours (limit " + noResponseHours + ")");
    }
}
