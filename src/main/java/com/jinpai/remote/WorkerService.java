package com.jinpai.remote;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.context.Lifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;

/**
 * The {@code jinpai worker} process: registers in {@code value_worker}, renews its row every
 * heartbeat interval, and consumes partition requests one at a time (prefetch 1, acknowledged
 * when the partition ends), each run by Spring Batch's {@link StepExecutionRequestHandler}. A
 * request whose partition is no longer waiting to start (already run, or failed by the manager
 * meanwhile, or redelivered after a worker died holding it) is dropped. On SIGTERM the
 * application context closes and {@link #stop()} runs first: no new request is taken, the one in
 * hand runs to its commit (for at most {@code shutdown-timeout}), and the row goes.
 */
public class WorkerService implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkerService.class);

    private final Lifecycle inbound;
    private final StepExecutionRequestHandler handler;
    private final JobRepository jobRepository;
    private final WorkerRegistry registry;
    private final RemoteProperties properties;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile String workerId;
    private volatile boolean running;
    private ScheduledExecutorService heartbeat;

    WorkerService(Lifecycle inbound, StepExecutionRequestHandler handler,
            JobRepository jobRepository, WorkerRegistry registry, RemoteProperties properties) {
        this.inbound = inbound;
        this.handler = handler;
        this.jobRepository = jobRepository;
        this.registry = registry;
        this.properties = properties;
    }

    /** Starts taking partitions and returns only after {@link #stop()}. */
    public void runUntilStopped(PrintWriter out) throws InterruptedException {
        workerId = registry.register();
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "jinpai-worker-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.heartbeatInterval().toMillis();
        heartbeat.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        running = true;
        inbound.start();
        out.printf("Worker %s takes partitions from queue %s at %s.%n", workerId, properties.queue(),
                properties.address());
        out.println("Stop with Ctrl+C or SIGTERM; a partition in hand runs to its commit first.");
        out.flush();
        stopped.await();
    }

    /** One request from the queue (the container's listener thread). */
    void execute(StepExecutionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null || partition.getStatus() != BatchStatus.STARTING) {
            log.info("dropping the request for {} (step execution {}): it is {}", request.getStepName(),
                    request.getStepExecutionId(), partition == null ? "unknown" : partition.getStatus());
            return;
        }
        registry.claim(workerId, partition.getId(), partition.getStepName());
        try {
            log.info("running {} (step execution {})", partition.getStepName(), partition.getId());
            StepExecution done = handler.handle(request);
            log.info("{}: {}", done.getStepName(), done.getStatus());
        }
        finally {
            registry.release(workerId);
        }
    }

    private void renew() {
        try {
            if (!registry.renew(workerId)) {
                log.error("this worker's row in value_worker is gone: a manager judged it dead (no heartbeat for {});"
                        + " its partition was failed and runs again on `jinpai restart`", properties.staleAfter());
            }
        }
        catch (DataAccessException ex) {
            log.warn("cannot renew this worker's row: {}", ex.getMessage());
        }
    }

    @Override
    public void start() {
        // Started by runUntilStopped only: no other command takes partitions.
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        log.info("shutting down: taking no more partitions; the one in hand runs to its commit");
        inbound.stop();
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        try {
            registry.remove(workerId);
        }
        catch (DataAccessException ex) {
            log.warn("cannot remove this worker's row: {}", ex.getMessage());
        }
        running = false;
        stopped.countDown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
