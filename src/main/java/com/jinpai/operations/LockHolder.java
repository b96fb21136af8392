package com.jinpai.operations;

import org.jspecify.annotations.Nullable;

/**
 * Who holds a run lock, read from its {@code holder} column ({@code host:pid#n}). On the host of
 * the holder a lock needs no heartbeat age to be known dead: the process is there or it is not.
 * Across hosts only the heartbeat tells.
 */
record LockHolder(String host, long pid) {

    /** The holder of a lock row, or null when the text is not of the {@code host:pid#n} form. */
    static @Nullable LockHolder parse(String holder) {
        int hash = holder.lastIndexOf('#');
        String process = hash < 0 ? holder : holder.substring(0, hash);
        int colon = process.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        try {
            return new LockHolder(process.substring(0, colon), Long.parseLong(process.substring(colon + 1)));
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    /**
     * True when the holder ran on this host and its process has ended. A pid reused by another
     * process reads as alive: the heartbeat rule then decides, as across hosts.
     */
    boolean isGoneOn(String thisHost) {
        return host.equals(thisHost) && ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
    }
}
