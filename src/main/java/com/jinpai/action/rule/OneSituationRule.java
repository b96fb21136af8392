package com.jinpai.action.rule;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import com.jinpai.action.Reason;

/**
 * A rule with at most one situation per customer at a time: it declares the situation's key (what
 * makes "the same situation" from run to run) next to its condition and reason.
 */
interface OneSituationRule extends RuleCheck {

    /** The key of the customer's situation; {@link SituationKeys#CUSTOMER} when there is one per customer. */
    String key(CustomerFacts facts);

    Optional<Reason> reason(CustomerFacts facts, LocalDateTime asOfTime);

    @Override
    default List<Situation> situations(CustomerFacts facts, LocalDateTime asOfTime) {
        return reason(facts, asOfTime).map(reason -> List.of(new Situation(key(facts), reason))).orElse(List.of());
    }
}
