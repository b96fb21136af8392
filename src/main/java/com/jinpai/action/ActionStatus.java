package com.jinpai.action;

/** OPEN until the manager hands it back (DONE) or its due date passes (EXPIRED). */
public enum ActionStatus {
    OPEN,
    DONE,
    EXPIRED
}
