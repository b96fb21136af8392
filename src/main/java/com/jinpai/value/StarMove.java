package com.jinpai.value;

/**
 * Customers of a closed month per (star level before, star level after) its evaluation; a
 * customer without a star is {@link com.jinpai.value.segment.SegmentTotals#NONE}.
 */
public record StarMove(String from, String to, long customers) {
}
