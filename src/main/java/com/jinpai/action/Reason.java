package com.jinpai.action;

import java.util.Arrays;
import java.util.List;

/**
 * Why a manager should act, as a message code of the action bundles ({@code messages/actions_*.properties})
 * and its arguments, so that the rules decide and the list speaks the manager's language. Arguments
 * are what the sentence shows: text already worded by the rule (money with two decimals, whole
 * percentages, ids), a {@link java.time.YearMonth}, {@link java.time.LocalDate} or
 * {@link java.time.LocalDateTime} (written in the bundle's own date format), a
 * {@link com.jinpai.value.tier.Tier} (its name in the bundle), a {@code List} of these (joined by the
 * bundle's separator) or another {@code Reason} (a clause).
 *
 * @param code the key under {@code reason.} in the bundles
 */
public record Reason(String code, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String code, Object... args) {
        return new Reason(code, Arrays.asList(args));
    }
}
