package com.jinpai.action.rule;

import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;
import com.jinpai.action.Reason;

/**
 * The customer entered the top-N most valuable customers this month: a real crossing between two
 * evaluated months, so never at the baseline month, when everyone in the top-N would be "new".
 */
final class TopRankEntryRule implements OneSituationRule {

    private final Schedule schedule;

    TopRankEntryRule(Schedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public ActionRule rule() {
        return ActionRule.TOP_RANK_ENTRY;
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public String key(CustomerFacts facts) {
        return SituationKeys.CUSTOMER;
    }

    @Override
    public Optional<Reason> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        TopRankEntry entry = facts.topRankEntry();
        if (entry == null || facts.baseline()) {
            return Optional.empty();
        }
        Reason before = entry.rankBefore() == null ? Reason.of("not-ranked-before")
                : Reason.of("previous-rank", entry.rankBefore());
        return Optional.of(Reason.of("top-rank-entry", facts.month(), entry.rankNow(), before,
                Wording.money(facts.average())));
    }
}
