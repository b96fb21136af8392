package com.jinpai.run;

/** Job names and parameter keys shared by the command line, the scheduler and the job wiring. */
public final class JobNames {

    public static final String NIGHTLY = "nightly";
    public static final String MONTH_CLOSE = "month-close";

    /** YYYY-MM, identifying: the month a run is about. */
    public static final String MONTH = "month";
    /** ISO date, identifying for {@code nightly}: the night the run stands for. */
    public static final String AS_OF = "asOf";
    /** Identifying counter added by {@code rerun}: the n-th deliberate re-run of a completed month. */
    public static final String RERUN = "rerun";
    /** Optional, non-identifying: an inbox folder other than {@code jinpai.inbox}. */
    public static final String INBOX = "inbox";

    private JobNames() {
    }
}
