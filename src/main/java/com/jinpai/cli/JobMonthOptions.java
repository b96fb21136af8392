package com.jinpai.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import com.jinpai.operations.RunRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** JOB --month [--as-of] [--inbox]: the options run and rerun share. */
class JobMonthOptions {

    @Parameters(index = "0", paramLabel = "JOB", description = "nightly or month-close")
    String job;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = Converters.Month.class,
            description = "the month the run is about")
    YearMonth month;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "nightly only: the night the run stands for (default: today, or the month's last day)")
    LocalDate asOf;

    @Option(names = "--inbox", paramLabel = "DIR", description = "read exports from DIR instead of jinpai.inbox")
    Path inbox;

    RunRequest request() {
        return new RunRequest(job, month, asOf, inbox);
    }
}
