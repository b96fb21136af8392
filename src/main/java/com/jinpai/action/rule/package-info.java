/**
 * The eight action rules of SPEC section 4 as small plain objects, one class per rule, each with
 * its priority, due days and threshold from {@code config/actions.yml}. A rule looks at the
 * {@link com.jinpai.action.rule.CustomerFacts} of one customer in the month judged and either stays
 * silent or says why the manager should act, with the numbers. No Spring, no database: the rules
 * are unit-tested at their thresholds, and {@link com.jinpai.action.rule.RuleBook} is what the
 * issuing step calls for every candidate row.
 */
package com.jinpai.action.rule;
