package com.jinpai.action.rule;

import java.time.LocalDateTime;
import java.util.Optional;

import com.jinpai.action.ActionRule;

/** The customer entered the top-N most valuable customers this month. */
final class TopRankEntryRule implements RuleCheck {

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
    public Optional<String> reason(CustomerFacts facts, LocalDateTime asOfTime) {
        TopRankEntry entry = facts.topRankEntry();
        if (entry == null) {
            return Optional.empty();
        }
        String before = entry.rankBefore() == null ? "not ranked before" : "previous rank " + entry.rankBefore();
        return Optional.of("Entered the top customers in " + Wording.month(facts.month()) + " at rank "
                + entry.rankNow() + " (" + before + "), average spend " + Wording.money(facts.average()));
    }
}
