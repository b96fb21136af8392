package com.jinpai.action;

/** The eight situations an account manager is asked to act on (SPEC section 4). */
public enum ActionRule {
    NEW_VIP_WELCOME,
    DOWNGRADE_RISK,
    SPEND_DROP,
    BILL_SHOCK_ALERT,
    ARREARS_NOTICE,
    COMPLAINT_ESCALATION,
    UPGRADE_NUDGE,
    TOP_RANK_ENTRY
}
