package com.jinpai.operations;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.jinpai.run.RunParameters;

/**
 * Shows how far a running execution has got, for every job and every launcher (command line,
 * scheduler, backfill): a thread polls the execution's step executions through the job repository
 * (the counts are committed with each chunk) and hands a snapshot to a progress bar on a terminal,
 * or to a log line every {@code jinpai.operations.progress-interval} otherwise.
 */
@Component
public class RunProgress {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);
    private static final Duration TERMINAL_REFRESH = Duration.ofSeconds(1);

    private final JobRepository repository;
    private final Duration interval;
    private final Supplier<ProgressSink> sinks;

    @Autowired
    public RunProgress(JobRepository repository, OperationsProperties properties) {
        this(repository, System.console() != null ? TERMINAL_REFRESH : properties.progressInterval(),
                System.console() != null ? () -> new TerminalProgressSink(System.err) : LogProgressSink::new);
    }

    RunProgress(JobRepository repository, Duration interval, Supplier<ProgressSink> sinks) {
        this.repository = repository;
        this.interval = interval;
        this.sinks = sinks;
    }

    /** Starts watching; closing the watch stops the thread and finishes the display. */
    public Watch watch(JobExecution execution) {
        return new Watch(execution.getId(), execution.getJobInstance().getJobName() + " "
                + RunParameters.from(execution).describe());
    }

    Optional<ProgressSnapshot> snapshot(long executionId, String run) {
        JobExecution execution = repository.getJobExecution(executionId);
        if (execution == null) {
            return Optional.empty();
        }
        int done = (int) execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.COMPLETED).count();
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStatus().isRunning())
                .max(Comparator.comparingLong(StepExecution::getId))
                .map(s -> new ProgressSnapshot(run, executionId, s.getStepName(), s.getReadCount(), s.getWriteCount(),
                        s.getStartTime() == null ? Duration.ZERO : Duration.between(s.getStartTime(), LocalDateTime.now()),
                        done));
    }

    public final class Watch implements AutoCloseable {

        private final ScheduledExecutorService poller;
        private final ProgressSink sink;

        private Watch(long executionId, String run) {
            this.sink = sinks.get();
            this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "jinpai-progress-" + executionId);
                thread.setDaemon(true);
                return thread;
            });
            long millis = interval.toMillis();
            poller.scheduleWithFixedDelay(() -> {
                try {
                    snapshot(executionId, run).ifPresent(sink::show);
                }
                catch (RuntimeException ex) {
                    // Progress is a courtesy: a failed poll must never disturb the run itself.
                    log.debug("progress poll of execution {} failed: {}", executionId, ex.getMessage());
                }
            }, millis, millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            poller.shutdownNow();
            try {
                poller.awaitTermination(1, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            sink.close();
        }
    }
}
