package com.jinpai.action.rule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Reason;

/**
 * A VIP's open complaint has had no first response for the configured hours by the as-of time: one
 * situation per ticket, so a ticket still unanswered next night keeps its one action.
 */
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
    public List<Situation> situations(CustomerFacts facts, LocalDateTime asOfTime) {
        if (!facts.vip()) {
            return List.of();
        }
        List<Situation> situations = new ArrayList<>(1);
        for (OpenComplaint complaint : facts.complaints()) {
            if (complaint.openedAt().plusHours(noResponseHours).isAfter(asOfTime)) {
                continue;
            }
            long hours = Duration.between(complaint.openedAt(), asOfTime).toHours();
            situations.add(new Situation(SituationKeys.ticket(complaint.ticketId()),
                    Reason.of("complaint-escalation", complaint.ticketId(), complaint.openedAt(), hours / 24,
                            hours % 24, noResponseHours)));
        }
        return situations;
    }
}
