package com.jinpai.action.rule;

import org.jspecify.annotations.Nullable;

/**
 * The customer entered the top-N this month.
 *
 * @param rankNow overall rank this month
 * @param rankBefore overall rank the month before, null when not ranked then
 */
public record TopRankEntry(int rankNow, @Nullable Integer rankBefore) {
}
