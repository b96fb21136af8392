package com.jinpai.schedule;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import com.jinpai.operations.JobRunner;
import com.jinpai.operations.OperationsProperties;
import com.jinpai.operations.RunLocks;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The {@code scheduler} process: registers the schedule files, starts Quartz (the only command
 * that does) and waits. On SIGTERM the application context closes and {@link #stop()} runs first:
 * no new firings on this instance, a stop request to every run this process holds, and a wait
 * until they have stopped at their last commit, so `jinpai restart` resumes them cleanly.
 */
@Component
public class SchedulerService implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchedulerService.class);
    private static final long POLL_MILLIS = 200;

    private final Scheduler scheduler;
    private final ScheduleFiles files;
    private final RunLocks locks;
    private final JobRunner runner;
    private final OperationsProperties properties;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;

    @Autowired
    public SchedulerService(Scheduler scheduler, ScheduleFiles files, RunLocks locks, JobRunner runner,
            OperationsProperties properties) {
        this.scheduler = scheduler;
        this.files = files;
        this.locks = locks;
        this.runner = runner;
        this.properties = properties;
    }

    /** Registers the files, starts firing, and returns only after {@link #stop()}. */
    public void runUntilStopped(PrintWriter out) throws SchedulerException, InterruptedException {
        List<ScheduleDefinition> definitions = files.load();
        ScheduleRegistrar.register(scheduler, definitions);
        running = true;
        scheduler.start();
        out.printf("Scheduler %s (cluster %s) started with %d schedule(s) from %s%n",
                scheduler.getSchedulerInstanceId(), scheduler.getSchedulerName(),
                definitions.stream().filter(ScheduleDefinition::enabled).count(), files.dir());
        for (ScheduleDefinition definition : definitions) {
            out.printf("  %-14s %-12s %s (%s), month %s, misfire %s%s%n", definition.name(), definition.job(),
                    definition.cron(), definition.zone(), definition.month().text(), definition.misfire().key(),
                    definition.enabled() ? "" : " — disabled");
        }
        out.println("Stop with Ctrl+C or SIGTERM; running jobs stop at their next commit.");
        out.flush();
        stopped.await();
    }

    @Override
    public void start() {
        // Started by runUntilStopped only: every other command uses the Scheduler without firing.
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        try {
            scheduler.standby();
        }
        catch (SchedulerException ex) {
            log.warn("cannot put the scheduler in standby: {}", ex.getMessage());
        }
        Instant deadline = Instant.now().plus(properties.shutdownTimeout());
        Set<Long> asked = new HashSet<>();
        while (locks.holdsAny() && Instant.now().isBefore(deadline)) {
            for (Long id : locks.heldExecutionIds()) {
                if (asked.add(id)) {
                    log.info("shutting down: stopping execution {} at its next commit", id);
                    runner.stop(id);
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (locks.holdsAny()) {
            log.warn("shutting down with runs still going after {}: executions {} are left STARTED; "
                    + "`jinpai restart ID` resumes them", properties.shutdownTimeout(), locks.heldExecutionIds());
        }
        running = false;
        stopped.countDown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
