package com.jinpai.operations;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.jinpai.operations.RunResult.Outcome;
import com.jinpai.run.RunParameters;
import com.jinpai.system.BusinessCalendar;

/**
 * Starts, re-runs, restarts and stops jobs for the command line and the scheduler alike. It decides
 * the outcome (under the run lock, from Spring Batch's answers and exception types); the words
 * for each outcome are {@link RunMessages}', the parameters a run carries {@link RunParameterResolver}'s.
 */
@Service
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    /** A stop request that keeps crossing the running job's commits is asked again this often. */
    private static final int STOP_ATTEMPTS = 3;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Map<String, Job> jobs;
    private final BusinessCalendar calendar;
    private final RunLocks locks;
    private final RunParameterResolver resolver;
    private final RunMessages messages;
    private final DatabaseOutage outage;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs,
            BusinessCalendar calendar, RunLocks locks, RunParameterResolver resolver, DatabaseOutage outage) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.calendar = calendar;
        this.locks = locks;
        this.resolver = resolver;
        this.messages = new RunMessages(calendar);
        this.outage = outage;
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
            return rejected(messages.unknownJob(request.job(), jobNames()));
        }
        if (request.month().isAfter(calendar.currentMonth())) {
            return rejected(messages.futureMonth(request.month()));
        }
        RunParameterResolver.Resolved resolved;
        try {
            resolved = rerun ? resolver.rerun(request) : resolver.first(request);
        }
        catch (RunRequestException ex) {
            return rejected(ex.getMessage());
        }
        // A re-run's notices say it departs from the original run (another inbox or night): a warning. A
        // first run's say where a default came from (the as-of day read off the inbox): information.
        resolved.notices().forEach(notice -> {
            if (rerun) {
                log.warn("{} {}: {}", request.job(), request.month(), notice);
            }
            else {
                log.info("{} {}: {}", request.job(), request.month(), notice);
            }
        });
        // The lock, not a look at the repository, is what keeps two processes apart: both could see
        // "nothing running" before either has created its execution.
        RunLocks.Acquisition acquisition = locks.acquire(request.job(), request.month(), this::leftWithoutExecution);
        if (acquisition instanceof RunLocks.Refused refused) {
            return lockedOut(refused).withNotices(resolved.notices());
        }
        RunLocks.Acquired acquired = (RunLocks.Acquired) acquisition;
        try (RunLocks.Lease lease = acquired.lease()) {
            Optional<JobExecution> running = runningExecution(request.job(), request.month());
            if (running.isPresent()) {
                return alreadyRunning(running.get()).withNotices(resolved.notices());
            }
            return start(job, resolved.parameters()).withNotices(resolved.notices());
        }
        catch (RuntimeException ex) {
            return outage.result(ex, acquired.lease().executionId());
        }
    }

    private RunResult start(Job job, RunParameters run) {
        JobParameters parameters = run.toJobParameters(job.getName());
        try {
            return finished(jobOperator.start(job, parameters));
        }
        catch (JobInstanceAlreadyCompleteException ex) {
            return new RunResult(Outcome.ALREADY_COMPLETE, null, messages.alreadyComplete(job.getName(), run));
        }
        catch (JobExecutionAlreadyRunningException ex) {
            JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
            return last != null ? alreadyRunning(last) : new RunResult(Outcome.ALREADY_RUNNING, null, ex.getMessage());
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

    /**
     * Resumes a FAILED or STOPPED execution (or one left STARTED by a crash) from its last commit,
     * with the parameters it started with: the same month, as-of and inbox.
     */
    public RunResult restart(long executionId) {
        JobExecution execution = execution(executionId);
        if (execution == null) {
            return rejected(messages.noSuchExecution(executionId));
        }
        try {
            resolver.checkRestartable(execution);
        }
        catch (RunRequestException ex) {
            return rejected(messages.cannotRestart(executionId, ex.getMessage()));
        }
        YearMonth month = RunParameters.monthOf(execution);
        if (month == null) {
            return resume(execution);
        }
        // A lock whose holder is alive means the execution (or another of the month) really runs:
        // recovering it would let two processes write the same month. A stale lock is taken over.
        RunLocks.Acquisition acquisition = locks.acquire(execution.getJobInstance().getJobName(), month, stale -> true);
        if (acquisition instanceof RunLocks.Refused refused) {
            return lockedOut(refused);
        }
        try (RunLocks.Lease lease = ((RunLocks.Acquired) acquisition).lease()) {
            return resume(execution);
        }
        catch (RuntimeException ex) {
            return outage.result(ex, executionId);
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
                return new RunResult(Outcome.ALREADY_COMPLETE, execution, messages.alreadyCompleteExecution(executionId));
            }
            return finished(jobOperator.restart(execution));
        }
        catch (JobRestartException ex) {
            return rejected(messages.cannotRestart(executionId, ex.getMessage()));
        }
    }

    public RunResult stop(long executionId) {
        if (execution(executionId) == null) {
            return rejected(messages.noSuchExecution(executionId));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                jobOperator.stop(executionId);
                return new RunResult(Outcome.STOPPING, execution(executionId), messages.stopping(executionId));
            }
            catch (NoSuchJobExecutionException ex) {
                return rejected(messages.noSuchExecution(executionId));
            }
            catch (JobExecutionNotRunningException ex) {
                return rejected(messages.notRunning(executionId));
            }
            catch (OptimisticLockingFailureException ex) {
                // The running job committed between the stop request's read and its write. If the job
                // execution is already marked STOPPING the request is on record (the running step reads
                // it at its next commit and stops); otherwise the job itself moved on: ask again.
                JobExecution now = execution(executionId);
                if (now != null && (now.getStatus() == BatchStatus.STOPPING || now.getStatus() == BatchStatus.STOPPED)) {
                    return new RunResult(Outcome.STOPPING, now, messages.stopping(executionId));
                }
                if (now == null || !now.getStatus().isRunning() || attempt == STOP_ATTEMPTS) {
                    return rejected(messages.notRunning(executionId));
                }
            }
        }
    }

    /** The running execution of this job for this month, whatever its other parameters. */
    public Optional<JobExecution> runningExecution(String jobName, YearMonth month) {
        return jobRepository.findRunningJobExecutions(jobName).stream()
                .filter(e -> month.equals(RunParameters.monthOf(e)))
                .min(Comparator.comparingLong(JobExecution::getId));
    }

    private RunResult finished(JobExecution execution) {
        Outcome outcome = execution.getStatus() == BatchStatus.COMPLETED ? Outcome.COMPLETED : Outcome.FAILED;
        return new RunResult(outcome, execution, messages.finished(execution));
    }

    private RunResult alreadyRunning(JobExecution running) {
        return new RunResult(Outcome.ALREADY_RUNNING, running, messages.alreadyRunning(running));
    }

    private RunResult lockedOut(RunLocks.Refused refused) {
        Long executionId = refused.holder().executionId();
        return new RunResult(Outcome.ALREADY_RUNNING, executionId == null ? null : execution(executionId),
                messages.lockedOut(refused, locks.now()));
    }

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
}
