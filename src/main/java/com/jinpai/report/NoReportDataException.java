package com.jinpai.report;

import java.time.YearMonth;
import java.util.List;

/** The month has neither customer values nor ingested files, so there is nothing to report. */
public class NoReportDataException extends RuntimeException {

    private final YearMonth month;

    NoReportDataException(YearMonth month, List<String> monthsWithData) {
        super("No data for " + month + ": no customer values and no ingested files for that month. "
                + (monthsWithData.isEmpty() ? "No month has data yet; run `jinpai run nightly --month " + month
                        + "` (or month-close once its bill lines have arrived) first."
                        : "Months with data: " + String.join(", ", monthsWithData)
                                + ". Run a job for " + month + " first, or pick one of those."));
        this.month = month;
    }

    public YearMonth month() {
        return month;
    }
}
