package com.jinpai.action.rule;

import com.jinpai.action.Reason;

/**
 * What a rule found for a customer: the situation's key (the same key on a later run is the same
 * situation, whose one OPEN action is refreshed) and the reason as it reads now.
 */
public record Situation(String key, Reason reason) {
}
