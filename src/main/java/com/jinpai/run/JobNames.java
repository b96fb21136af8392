package com.jinpai.run;

/** The names of the jobs an admin runs; the parameters every run carries are {@link RunParameters}. */
public final class JobNames {

    public static final String NIGHTLY = "nightly";
    public static final String MONTH_CLOSE = "month-close";

    private JobNames() {
    }
}
