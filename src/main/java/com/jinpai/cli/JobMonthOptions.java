package com.jinpai.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import com.jinpai.operations.RunRequest;

/** JOB --month [--as-of] [--inbox] [--no-mail]: the options run and rerun share. */
class JobMonthOptions {

    @Parameters(index = "0", paramLabel = "JOB", description = "nightly or month-close")
    String job;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = Converters.Month.class,
            description = "the month the run is about")
    YearMonth month;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = {"the run's business day: due dates and the estimate count from it. nightly: the night the "
                    + "run stands for (default today, or the month's last day for a past month); month-close: the "
                    + "day its lists are published (default today).",
                    "rerun: default the original run's."})
    LocalDate asOf;

    @Option(names = "--inbox", paramLabel = "DIR", converter = Converters.CallerPath.class,
            description = {"read exports from DIR instead of jinpai.inbox; the run keeps it, so restart reads it again.",
                    "rerun: default the original run's inbox; another DIR is an explicit change and is said so."})
    Path inbox;

    @Option(names = "--accept-shrink", description = "let a customers or account-managers file through that drops "
            + "more known keys than jinpai.inputs.snapshot-shrink-limit (config/sources.yml) allows: the export is right"
            + " on purpose")
    boolean acceptShrink;

    @Option(names = "--no-mail", description = "write the lists but mail none of them (jinpai.mail, config/mail.yml)")
    boolean noMail;

    RunRequest request() {
        return new RunRequest(job, month, asOf, inbox, acceptShrink, noMail);
    }
}
