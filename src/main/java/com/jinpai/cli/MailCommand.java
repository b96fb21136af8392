package com.jinpai.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.jinpai.action.mail.ListDelivery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "mail", mixinStandardHelpOptions = true,
        description = "Mail the managers' lists of a month again (every manager with an email address, or one), "
                + "also lists already mailed. Each send is recorded like a run's.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every list was sent", "1:some lists could not be sent (listed with the error)",
                "2:usage error, mail is off (jinpai.mail.enabled), or no run of the month wrote lists"})
class MailCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = Converters.Month.class,
            description = "the month whose lists are mailed")
    YearMonth month;

    @Option(names = "--manager", paramLabel = "ID", description = "only this manager's list")
    String manager;

    private final Launcher launcher;

    MailCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ListDelivery delivery = launcher.bean(Needs.JOBS, ListDelivery.class);
        if (!delivery.enabled()) {
            err.println("mail is off: set jinpai.mail.enabled: true and the server (spring.mail.host) in config/mail.yml");
            return ExitCodes.USAGE;
        }
        Optional<LocalDate> publishDay = delivery.lastPublishDay(month);
        if (publishDay.isEmpty()) {
            err.println("no run of " + month + " wrote lists: `jinpai run nightly --month " + month + "` writes them");
            return ExitCodes.USAGE;
        }
        ListDelivery.DeliveryOutcome outcome = delivery.deliver(month, publishDay.get(), manager, true);
        if (outcome.managers() == 0) {
            err.println(manager == null ? "no manager has an email address (account_managers.csv, column email)"
                    : "manager " + manager + " does not exist or has no email address (account_managers.csv)");
            return ExitCodes.USAGE;
        }
        out.printf("mail %s: %d sent, %d failed%n", month, outcome.sent(), outcome.failures().size());
        outcome.failures().forEach(failure -> err.println("  FAILED " + failure));
        return outcome.failures().isEmpty() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }
}
