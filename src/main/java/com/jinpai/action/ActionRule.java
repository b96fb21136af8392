package com.jinpai.action;

/** The situations an account manager is asked to act on: the eight of SPEC section 4 and the two star rules. */
public enum ActionRule {
    NEW_VIP_WELCOME,
    DOWNGRADE_RISK,
    SPEND_DROP,
    BILL_SHOCK_ALERT,
    ARREARS_NOTICE,
    COMPLAINT_ESCALATION,
    UPGRADE_NUDGE,
    TOP_RANK_ENTRY,
    STAR_UPGRADE,
    STAR_NEAR
}
