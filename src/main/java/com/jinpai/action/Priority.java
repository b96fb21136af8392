package com.jinpai.action;

/** How urgent an action is; lists are sorted P1 first. */
public enum Priority {
    P1,
    P2,
    P3
}
