package com.jinpai.operations;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.dao.OptimisticLockingFailureException;

import com.jinpai.run.JobNames;
import com.jinpai.run.RunParameters;
import com.jinpai.system.BusinessCalendar;

/**
 * The sentences an admin reads about a run: what happened and what to do next. Kept apart from
 * {@link JobRunner}, which decides the outcome; here each outcome gets its words, and the commands
 * it suggests.
 */
final class RunMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BusinessCalendar calendar;

    RunMessages(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    String finished(JobExecution execution) {
        long id = execution.getId();
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return "execution " + id + " completed";
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return "execution " + id + " stopped at its last commit; `jinpai restart " + id + "` resumes it";
        }
        if (stopCrossedCommit(execution)) {
            // Spring Batch writes the step execution from the stopping thread too; when that crosses a
            // commit of the running step, the step ends FAILED (an optimistic-locking failure on the step
            // execution's version) instead of STOPPED. Same remedy.
            return "execution " + id + " ended " + execution.getStatus() + " while a stop request crossed a commit; "
                    + "`jinpai restart " + id + "` resumes it from its last commit";
        }
        String cause = execution.getAllFailureExceptions().stream()
                .map(RunMessages::rootMessage)
                .filter(m -> m != null && !m.isBlank())
                .map(m -> m.strip().endsWith(".") ? m.strip().substring(0, m.strip().length() - 1) : m.strip())
                .distinct()
                .collect(Collectors.joining("; "));
        return "execution " + id + " ended " + execution.getStatus() + (cause.isEmpty() ? "" : ": " + cause)
                + ". Fix the cause, then `jinpai restart " + id + "` resumes where it stopped";
    }

    String alreadyComplete(String job, RunParameters parameters) {
        String run = JobNames.NIGHTLY.equals(job) ? parameters.describe() : parameters.month().toString();
        return job + " " + run + " has already completed; use `jinpai rerun " + job + " --month "
                + parameters.month() + "` to compute it again";
    }

    String alreadyCompleteExecution(long id) {
        return "execution " + id + " completed; use `jinpai rerun` to compute the month again";
    }

    String alreadyRunning(JobExecution running) {
        return running.getJobInstance().getJobName() + " " + RunParameters.from(running).describe()
                + " is already running as execution " + running.getId() + " (started "
                + (running.getStartTime() == null ? "just now" : TIME.format(running.getStartTime()))
                + "). If its process died, `jinpai restart " + running.getId() + "` recovers and resumes it";
    }

    String lockedOut(RunLocks.Refused refused, java.time.Instant now) {
        RunLock lock = refused.holder();
        String run = lock.job() + " " + lock.month();
        String since = TIME.format(lock.acquiredAt().atZone(calendar.zone()));
        if (refused.stale()) {
            return run + " is locked by "
                    + (lock.executionId() == null ? "a run that never started" : "execution " + lock.executionId())
                    + " of " + lock.holder() + ", which has not renewed its lock for "
                    + lock.silentFor(now).toSeconds() + " s: its process probably died. "
                    + (lock.executionId() == null ? "Try again in a moment."
                            : "`jinpai restart " + lock.executionId() + "` recovers and resumes it");
        }
        if (lock.executionId() == null) {
            return run + " is already being started by " + lock.holder() + " (since " + since
                    + "); wait for it, `jinpai status` shows it";
        }
        return run + " is already running as execution " + lock.executionId() + " (" + lock.holder() + ", since "
                + since + "); wait for it to finish, or `jinpai stop " + lock.executionId() + "`";
    }

    String stopping(long id) {
        return "stop requested for execution " + id + "; it stops at the end of the current chunk, then `jinpai restart "
                + id + "` resumes it";
    }

    String notRunning(long id) {
        return "execution " + id + " is not running";
    }

    String noSuchExecution(long id) {
        return "no job execution " + id + "; `jinpai history` lists them";
    }

    String cannotRestart(long id, @Nullable String why) {
        return "execution " + id + " cannot be restarted: " + why;
    }

    String unknownJob(String job, Iterable<String> jobs) {
        return "unknown job '" + job + "'; jobs are " + jobs;
    }

    String futureMonth(java.time.YearMonth month) {
        return "month " + month + " is in the future (today is " + calendar.today() + ")";
    }

    /** A stop that crossed a commit, recognised by the failure's type. */
    static boolean stopCrossedCommit(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof OptimisticLockingFailureException) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Batch wraps the real cause ("Unable to process chunk"); the admin needs the innermost message. */
    static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : failure.getMessage();
    }
}
