package com.jinpai.remote;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The manager's partition handler in remote mode: Spring Batch's
 * {@link MessageChannelPartitionHandler} sends the requests and polls the job repository until no
 * partition runs; meanwhile a {@link PartitionWatch} looks every poll interval and marks FAILED
 * (in the repository, with the reason as exit description) each partition that can no longer
 * finish, so the poll ends and the month fails naming them instead of hanging.
 */
final class WatchedPartitionHandler implements PartitionHandler, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WatchedPartitionHandler.class);

    private final MessageChannelPartitionHandler delegate;
    private final JobRepository jobRepository;
    private final JdbcTemplate jdbc;
    private final WorkerRegistry workers;
    private final RemoteProperties properties;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "jinpai-partition-watch");
        thread.setDaemon(true);
        return thread;
    });

    WatchedPartitionHandler(MessageChannelPartitionHandler delegate, JobRepository jobRepository, JdbcTemplate jdbc,
            WorkerRegistry workers, RemoteProperties properties) {
        this.delegate = delegate;
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        this.workers = workers;
        this.properties = properties;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
        PartitionWatch watch = new PartitionWatch(properties.staleAfter(), properties.answerTimeout(),
                properties.address(), System.nanoTime());
        long every = properties.pollInterval().toMillis();
        ScheduledFuture<?> looking = watcher.scheduleWithFixedDelay(() -> look(watch, manager), every, every,
                TimeUnit.MILLISECONDS);
        try {
            return delegate.handle(splitter, manager);
        }
        finally {
            looking.cancel(false);
        }
    }

    private void look(PartitionWatch watch, StepExecution manager) {
        try {
            List<PartitionWatch.Running> running = jdbc.query("SELECT STEP_EXECUTION_ID, STEP_NAME, STATUS"
                    + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? AND " + PartitionSteps.condition()
                    + " AND STATUS IN ('STARTING', 'STARTED')", (rs, row) -> new PartitionWatch.Running(rs.getLong(1),
                            rs.getString(2), BatchStatus.valueOf(rs.getString(3))),
                    arguments(manager.getJobExecutionId()));
            for (PartitionWatch.Verdict verdict : watch.look(System.nanoTime(), workers.all(), running)) {
                fail(verdict);
            }
        }
        catch (RuntimeException ex) {
            log.warn("cannot look at the partitions of execution {}: {}", manager.getJobExecutionId(), ex.getMessage());
        }
    }

    private static Object[] arguments(long jobExecutionId) {
        Object[] patterns = PartitionSteps.patterns();
        Object[] arguments = new Object[patterns.length + 1];
        arguments[0] = jobExecutionId;
        System.arraycopy(patterns, 0, arguments, 1, patterns.length);
        return arguments;
    }

    private void fail(PartitionWatch.Verdict verdict) {
        StepExecution partition = jobRepository.getStepExecution(verdict.id());
        if (partition == null || !partition.getStatus().isRunning()) {
            return;
        }
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(verdict.reason()));
        partition.setEndTime(LocalDateTime.now());
        try {
            jobRepository.update(partition);
            log.error("{}", verdict.reason());
            if (verdict.deadWorker() != null) {
                workers.remove(verdict.deadWorker().id());
            }
        }
        catch (OptimisticLockingFailureException moved) {
            // the worker wrote it meanwhile: look again next time
        }
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
    }
}
