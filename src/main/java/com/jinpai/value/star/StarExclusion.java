package com.jinpai.value.star;

/** Why a customer is not rated this month; the first that applies, in this order. */
public enum StarExclusion {
    /** Fewer whole months since the join date than {@code exclusions.min-tenure-months}. */
    TENURE,
    /** A status other than the rated ones (not active). */
    STATUS,
    /** A customer type that is rated elsewhere (group accounts by default). */
    CUSTOMER_TYPE,
    /** On the arrears blocklist: a bill still unpaid {@code blocklist-days-after-due} days after its due date. */
    BLOCKLIST
}
