package com.jinpai.value.segment;

/** Direction of a customer's spend; see {@link TrendRule} for how one is chosen. */
public enum Trend {
    GROWING, DECLINING, STABLE, NEW, DORMANT
}
