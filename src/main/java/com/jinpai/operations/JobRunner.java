package com.jinpai.operations;

import com.jinpai.run.JobNames;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

import com.jinpai.operations.RunResult.Outcome;
import com.jinpai.system.BusinessCalendar;

/**
 * Starts, re-runs, restarts and stops jobs for the command line and the scheduler alike, and
 * turns every Spring Batch refusal into an outcome with a sentence that says what to do next.
 */
@Service
public class JobRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Map<String, Job> jobs;
    private final BusinessCalendar calendar;
    private final RunLocks locks;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs,
            BusinessCalendar calendar, RunLocks locks) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.calendar = calendar;
        this.locks = locks;
    }

    public List<String> jobNames() {
        return jobs.keySet().stream().sorted().toList();
    }

    /** First run of a month (or of a night, for {@code nightly}). */
    public RunResult run(RunRequest request) {
        return launch(request, false);
    }

    /** A completed month computed again as a new execution, under the next {@code rerun} number. */
    public RunResult rerun(RunRequest request) {
        return launch(request, true);
    }

    private RunResult launch(RunRequest request, boolean rerun) {
        Job job = jobs.get(request.job());
        if (job == null) {
            return rejected("unknown job '" + request.job() + "'; jobs are " + jobNames());
        }
        YearMonth current = calendar.currentMonth();
        if (request.month().isAfter(current)) {
            return rejected("month " + request.month() + " is in the future (today is " + calendar.today() + ")");
        }
        // The lock, not a look at the repository, is what keeps two processes apart: both could see
        // "nothing running" before either has created its execution.
        RunLocks.Acquisition acquisition = locks.acquire(request.job(), request.month(), this::leftWithoutExecution);
        if (acquisition instanceof RunLocks.Refused refused) {
            return lockedOut(refused);
        }
        try (RunLocks.Lease lease = ((RunLocks.Acquired) acquisition).lease()) {
            Optional<JobExecution> running = runningExecution(request.job(), request.month());
            if (running.isPresent()) {
                return alreadyRunning(running.get());
            }
            return start(job, request, rerun);
        }
    }

    private RunResult start(Job job, RunRequest request, boolean rerun) {
        JobParameters parameters;
        try {
            parameters = parameters(request, rerun);
        }
        catch (IllegalArgumentException ex) {
            return rejected(ex.getMessage());
        }
        try {
            JobExecution execution = jobOperator.start(job, parameters);
            return finished(execution);
        }
        catch (JobInstanceAlreadyCompleteException ex) {
            return new RunResult(Outcome.ALREADY_COMPLETE, null, request.job() + " " + describe(parameters)
                    + " has already completed; use `jinpai rerun " + request.job() + " --month "
                    + request.month() + "` to compute it again");
        }
        catch (JobExecutionAlreadyRunningException ex) {
            JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
            return last != null ? alreadyRunning(last)
                    : new RunResult(Outcome.ALREADY_RUNNING, null, ex.getMessage());
        }
        catch (JobRestartException | InvalidJobParametersException ex) {
            return rejected(ex.getMessage());
        }
    }

    /**
     * A stale lock may be taken over by a new run only when nothing is left STARTED under it (the
     * process died before starting, or after finishing); a STARTED execution is resumed with
     * {@code restart}, which takes the lock over itself.
     */
    private boolean leftWithoutExecution(RunLock stale) {
        if (stale.executionId() == null) {
            return true;
        }
        JobExecution execution = execution(stale.executionId());
        return execution == null || !execution.getStatus().isRunning();
    }

    /** Resumes a FAILED or STOPPED execution (or one left STARTED by a crash) from its last commit. */
    public RunResult restart(long executionId) {
        JobExecution execution = execution(executionId);
        if (execution == null) {
            return rejected("no job execution " + executionId + "; `jinpai history` lists them");
        }
        String month = execution.getJobParameters().getString(JobNames.MONTH);
        if (month == null) {
            return resume(execution);
        }
        // A lock whose holder is alive means the execution (or another of the month) really runs:
        // recovering it would let two processes write the same month. A stale lock is taken over.
        RunLocks.Acquisition acquisition = locks.acquire(execution.getJobInstance().getJobName(), YearMonth.parse(month),
                stale -> true);
        if (acquisition instanceof RunLocks.Refused refused) {
            return lockedOut(refused);
        }
        try (RunLocks.Lease lease = ((RunLocks.Acquired) acquisition).lease()) {
            return resume(execution);
        }
    }

    private RunResult resume(JobExecution execution) {
        long executionId = execution.getId();
        try {
            if (execution.getStatus().isRunning()) {
                // Left behind by a process that died (power loss, kill -9): mark it FAILED so that
                // restart resumes at the last committed chunk instead of refusing.
                execution = jobOperator.recover(execution);
            }
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return new RunResult(Outcome.ALREADY_COMPLETE, execution, "execution " + executionId
                        + " completed; use `jinpai rerun` to compute the month again");
            }
            JobExecution restarted = jobOperator.restart(execution);
            return finished(restarted);
        }
        catch (JobRestartException ex) {
            return rejected("execution " + executionId + " cannot be restarted: " + ex.getMessage());
        }
    }

    public RunResult stop(long executionId) {
        if (execution(executionId) == null) {
            return rejected("no job execution " + executionId + "; `jinpai history` lists them");
        }
        try {
            jobOperator.stop(executionId);
            return new RunResult(Outcome.STOPPING, execution(executionId),
                    "stop requested for execution " + executionId
                            + "; it stops at the end of the current chunk, then `jinpai restart "
                            + executionId + "` resumes it");
        }
        catch (NoSuchJobExecutionException ex) {
            return rejected("no job execution " + executionId + "; `jinpai history` lists them");
        }
        catch (JobExecutionNotRunningException ex) {
            return rejected("execution " + executionId + " is not running");
        }
    }

    /** The running execution of this job for this month, whatever its other parameters. */
    public Optional<JobExecution> runningExecution(String jobName, YearMonth month) {
        return jobRepository.findRunningJobExecutions(jobName).stream()
                .filter(e -> month.toString().equals(e.getJobParameters().getString(JobNames.MONTH)))
                .min(Comparator.comparingLong(JobExecution::getId));
    }

    JobParameters parameters(RunRequest request, boolean rerun) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(JobNames.MONTH, request.month().toString());
        if (JobNames.NIGHTLY.equals(request.job())) {
            builder.addString(JobNames.AS_OF, asOf(request).toString());
        }
        if (rerun) {
            builder.addLong(JobNames.RERUN, nextRerun(request));
        }
        if (request.inbox() != null) {
            builder.addString(JobNames.INBOX, request.inbox().toString(), false);
        }
        return builder.toJobParameters();
    }

    private LocalDate asOf(RunRequest request) {
        LocalDate today = calendar.today();
        if (request.asOf() != null) {
            if (!YearMonth.from(request.asOf()).equals(request.month())) {
                throw new IllegalArgumentException("--as-of " + request.asOf() + " is not in month " + request.month());
            }
            if (request.asOf().isAfter(today)) {
                throw new IllegalArgumentException("--as-of " + request.asOf() + " is in the future");
            }
            return request.asOf();
        }
        return request.month().equals(YearMonth.from(today)) ? today : request.month().atEndOfMonth();
    }

    private long nextRerun(RunRequest request) {
        long highest = 0;
        for (JobInstance instance : jobRepository.findJobInstances(request.job())) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                JobParameters p = execution.getJobParameters();
                if (request.month().toString().equals(p.getString(JobNames.MONTH))) {
                    Long n = p.getLong(JobNames.RERUN);
                    highest = Math.max(highest, n == null ? 0 : n);
                }
            }
        }
        return highest + 1;
    }

    private RunResult finished(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new RunResult(Outcome.COMPLETED, execution, "execution " + execution.getId() + " completed");
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return new RunResult(Outcome.FAILED, execution, "execution " + execution.getId() + " stopped at its last "
                    + "commit; `jinpai restart " + execution.getId() + "` resumes it");
        }
        if (execution.getAllFailureExceptions().stream().anyMatch(JobRunner::stopCrossedCommit)) {
            // Spring Batch 6 writes the step execution from the stopping thread too; when that crosses
            // a commit of the running step, the step ends FAILED instead of STOPPED. Same remedy.
            return new RunResult(Outcome.FAILED, execution, "execution " + execution.getId() + " ended "
                    + execution.getStatus() + " while a stop request crossed a commit; `jinpai restart "
                    + execution.getId() + "` resumes it from its last commit");
        }
        String cause = execution.getAllFailureExceptions().stream()
                .map(JobRunner::rootMessage)
                .filter(m -> m != null && !m.isBlank())
                .map(m -> m.strip().endsWith(".") ? m.strip().substring(0, m.strip().length() - 1) : m.strip())
                .distinct()
                .collect(Collectors.joining("; "));
        return new RunResult(Outcome.FAILED, execution, "execution " + execution.getId() + " ended "
                + execution.getStatus() + (cause.isEmpty() ? "" : ": " + cause)
                + ". Fix the cause, then `jinpai restart " + execution.getId() + "` resumes where it stopped");
    }

    private RunResult alreadyRunning(JobExecution running) {
        return new RunResult(Outcome.ALREADY_RUNNING, running, running.getJobInstance().getJobName() + " "
                + describe(running.getJobParameters()) + " is already running as execution " + running.getId()
                + " (started " + running.getStartTime() + "). If its process died, `jinpai restart "
                + running.getId() + "` recovers and resumes it");
    }

    private RunResult lockedOut(RunLocks.Refused refused) {
        RunLock lock = refused.holder();
        String run = lock.job() + " " + lock.month();
        JobExecution execution = lock.executionId() == null ? null : execution(lock.executionId());
        String since = TIME.format(lock.acquiredAt().atZone(calendar.zone()));
        if (refused.stale()) {
            return new RunResult(Outcome.ALREADY_RUNNING, execution, run + " is locked by "
                    + (lock.executionId() == null ? "a run that never started" : "execution " + lock.executionId())
                    + " of " + lock.holder() + ", which has not renewed its lock for "
                    + lock.silentFor(locks.now()).toSeconds() + " s: its process probably died. "
                    + (lock.executionId() == null ? "Try again in a moment."
                            : "`jinpai restart " + lock.executionId() + "` recovers and resumes it"));
        }
        if (lock.executionId() == null) {
            return new RunResult(Outcome.ALREADY_RUNNING, null, run + " is already being started by " + lock.holder()
                    + " (since " + since + "); wait for it, `jinpai status` shows it");
        }
        return new RunResult(Outcome.ALREADY_RUNNING, execution, run + " is already running as execution "
                + lock.executionId() + " (" + lock.holder() + ", since " + since + "); wait for it to finish, or "
                + "`jinpai stop " + lock.executionId() + "`");
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The repository throws for an unknown id (and for one whose creation is not yet visible). */
    private @Nullable JobExecution execution(long id) {
        try {
            return jobRepository.getJobExecution(id);
        }
        catch (EmptyResultDataAccessException ex) {
            return null;
        }
    }

    private static RunResult rejected(String message) {
        return new RunResult(Outcome.REJECTED, null, message);
    }

    private static boolean stopCrossedCommit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.springframework.dao.OptimisticLockingFailureException
                    || String.valueOf(cause.getMessage()).startsWith("Attempt to update step execution id=")) {
                return true;
            }
        }
        return false;
    }

    /** Batch wraps the real cause ("Unable to process chunk"); the admin needs the innermost message. */
    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : failure.getMessage();
    }

    static String describe(JobParameters parameters) {
        StringBuilder text = new StringBuilder();
        text.append(parameters.getString(JobNames.MONTH));
        String asOf = parameters.getString(JobNames.AS_OF);
        if (asOf != null) {
            text.append(" as of ").append(asOf);
        }
        Long rerun = parameters.getLong(JobNames.RERUN);
        if (rerun != null) {
            text.append(" (re-run ").append(rerun).append(')');
        }
        return text.toString();
    }
}
