package com.jinpai.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import com.jinpai.ingest.quality.InboxDays;
import com.jinpai.run.JobNames;
import com.jinpai.run.RunParameters;
import com.jinpai.system.BusinessCalendar;
import com.jinpai.system.JinpaiProperties;

/**
 * Turns a request into the parameters a run carries, before anything is locked or created:
 * <ul>
 * <li><b>inbox</b>: {@code --inbox}, else (re-run) the original run's, else {@code jinpai.inbox}; stored
 * as an absolute path, and it must exist, so a run never starts on a folder it cannot read;</li>
 * <li><b>as-of</b>: {@code --as-of}, else (re-run) the original run's, else today in the business zone
 * ({@code nightly}: the newest usage day the inbox has a file for in the month, said so; without one, of a
 * past month, the month's last day); never in the future, within the month for
 * {@code nightly}, not before the month for {@code month-close};</li>
 * <li><b>publish day</b>: (re-run) the original run's, else today in the business zone, and never
 * before the as-of date: the day the lists carry as their issue date and count due dates from;</li>
 * <li><b>no mail</b>: {@code --no-mail}, for this run only (a re-run mails unless told again);</li>
 * <li><b>rerun</b>: one more than the highest re-run number of the month.</li>
 * </ul>
 * A re-run thus writes what the original wrote, on any later day, unless told otherwise; what it is
 * told to change is returned as a notice for the admin.
 */
@Component
public class RunParameterResolver {

    private final JobRepository repository;
    private final BusinessCalendar calendar;
    private final JinpaiProperties properties;
    private final InboxDays inboxDays;

    public RunParameterResolver(JobRepository repository, BusinessCalendar calendar, JinpaiProperties properties,
            InboxDays inboxDays) {
        this.repository = repository;
        this.calendar = calendar;
        this.properties = properties;
        this.inboxDays = inboxDays;
    }

    /** The parameters of a run, and what the admin should be told about them. */
    public record Resolved(RunParameters parameters, List<String> notices) {
    }

    /** The parameters of a first run; a {@link RunRequestException} says what is wrong with the request. */
    public Resolved first(RunRequest request) {
        Path inbox = inbox(request.inbox() != null ? request.inbox() : properties.inbox(),
                request.inbox() != null ? "--inbox" : "jinpai.inbox (config/application.yml)");
        List<String> notices = new ArrayList<>();
        LocalDate asOf;
        if (request.asOf() != null) {
            asOf = checkedAsOf(request, request.asOf());
        }
        else {
            LocalDate newestUsage = JobNames.NIGHTLY.equals(request.job())
                    ? inboxDays.newestUsageDay(inbox, request.month(), calendar.today()) : null;
            asOf = newestUsage != null ? newestUsage : defaultAsOf(request);
            if (newestUsage != null) {
                notices.add("as of " + newestUsage + ", the newest usage day in the inbox (--as-of DATE for another)");
            }
        }
        return new Resolved(RunParameters.of(request.month(), asOf, inbox, 0).acceptingShrink(request.acceptShrink())
                .publishedOn(latest(asOf, calendar.today())).withoutMail(request.noMail()), notices);
    }

    /**
     * The parameters of a re-run: the original run's as-of and inbox (the latest completed execution
     * of the month, of the night given by {@code --as-of} for {@code nightly}), unless the request
     * names others.
     */
    public Resolved rerun(RunRequest request) {
        JobExecution original = lastCompleted(request).orElseThrow(() -> new RunRequestException(
                "there is no completed " + request.job() + " " + request.month()
                        + (request.asOf() != null && JobNames.NIGHTLY.equals(request.job()) ? " as of " + request.asOf() : "")
                        + " to re-run; `jinpai run " + request.job() + " --month " + request.month()
                        + "` runs it, `jinpai history --month " + request.month() + "` shows its executions"));
        RunParameters before = RunParameters.from(original);
        List<String> notices = new ArrayList<>();
        LocalDate asOf;
        if (request.asOf() != null) {
            asOf = checkedAsOf(request, request.asOf());
            if (before.hasAsOf() && !asOf.equals(before.asOf())) {
                notices.add("as of " + asOf + " (--as-of) instead of the original run's " + before.asOf());
            }
        }
        else {
            asOf = before.hasAsOf() ? before.asOf() : defaultAsOf(request);
        }
        Path inbox;
        if (request.inbox() != null) {
            inbox = inbox(request.inbox(), "--inbox");
            if (before.hasInbox() && !inbox.equals(before.inbox())) {
                notices.add("reads inbox " + inbox + " (--inbox) instead of the original run's " + before.inbox());
            }
        }
        else if (before.hasInbox()) {
            inbox = inbox(before.inbox(), "the inbox of execution " + original.getId());
        }
        else {
            inbox = inbox(properties.inbox(), "jinpai.inbox (config/application.yml)");
        }
        LocalDate publishDay = before.hasPublishDay() ? before.publishDay() : before.hasAsOf() ? before.asOf() : asOf;
        return new Resolved(RunParameters.of(request.month(), asOf, inbox, nextRerun(request))
                .acceptingShrink(request.acceptShrink()).publishedOn(latest(asOf, publishDay))
                .withoutMail(request.noMail()), notices);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Checks that an execution's inbox still exists before it is restarted. */
    public void checkRestartable(JobExecution execution) {
        RunParameters parameters = RunParameters.from(execution);
        if (parameters.hasInbox()) {
            inbox(parameters.inbox(), "the inbox of execution " + execution.getId());
        }
    }

    private Path inbox(Path inbox, String from) {
        Path absolute = inbox.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new RunRequestException("inbox " + absolute + " (" + from + ") "
                    + (Files.exists(absolute) ? "is not a folder" : "does not exist")
                    + "; give an existing folder of exports with --inbox DIR, or fix " + from);
        }
        return absolute;
    }

    private LocalDate defaultAsOf(RunRequest request) {
        LocalDate today = calendar.today();
        if (JobNames.NIGHTLY.equals(request.job()) && !request.month().equals(YearMonth.from(today))) {
            return request.month().atEndOfMonth();
        }
        return today;
    }

    private LocalDate checkedAsOf(RunRequest request, LocalDate asOf) {
        if (asOf.isAfter(calendar.today())) {
            throw new RunRequestException("--as-of " + asOf + " is in the future (today is " + calendar.today() + ")");
        }
        if (JobNames.NIGHTLY.equals(request.job()) && !YearMonth.from(asOf).equals(request.month())) {
            throw new RunRequestException("--as-of " + asOf + " is not a day of month " + request.month()
                    + ": a nightly run stands for one night of its month");
        }
        if (asOf.isBefore(request.month().atDay(1))) {
            throw new RunRequestException("--as-of " + asOf + " is before month " + request.month());
        }
        return asOf;
    }

    private Optional<JobExecution> lastCompleted(RunRequest request) {
        return executionsOf(request).stream()
                .filter(execution -> execution.getStatus() == BatchStatus.COMPLETED)
                .filter(execution -> request.asOf() == null || !JobNames.NIGHTLY.equals(request.job())
                        || request.asOf().equals(RunParameters.from(execution).hasAsOf()
                                ? RunParameters.from(execution).asOf() : null))
                .max(Comparator.comparing(JobExecution::getId));
    }

    private long nextRerun(RunRequest request) {
        return executionsOf(request).stream().mapToLong(execution -> RunParameters.from(execution).rerun()).max()
                .orElse(0) + 1;
    }

    private List<JobExecution> executionsOf(RunRequest request) {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : repository.findJobInstances(request.job())) {
            for (JobExecution execution : repository.getJobExecutions(instance)) {
                if (request.month().equals(RunParameters.monthOf(execution))) {
                    executions.add(execution);
                }
            }
        }
        return executions;
    }
}
