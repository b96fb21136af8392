package com.jinpai.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import com.jinpai.operations.JobRunner;
import com.jinpai.operations.OperationsProperties;
import com.jinpai.operations.OpsTestControl;
import com.jinpai.operations.RunLocks;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scheduler fires real batch runs through JobRunner from the database job store: on a fast
 * cron, once per firing across two clustered instances, once on start for a missed fire-once run
 * and not at all for a missed do-nothing run, and it stops its runs at a commit on shutdown.
 */
abstract class SchedulerIntegrationTests {

    static final String JOB = "ops-test";

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Autowired
    OpsTestControl control;

    @Autowired
    JobRunner runner;

    @Autowired
    RunLocks locks;

    @Autowired
    OperationsProperties properties;

    TestSchedulers schedulers;
    JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        control.reset();
        new TestDatabase(dataSource).reset();
        jdbc = new JdbcTemplate(dataSource);
        schedulers = new TestSchedulers(dataSource, context);
    }

    @AfterEach
    void shutDown() throws Exception {
        control.reset();
        schedulers.close();
    }

    @Test
    void aFastCronFiresARealBatchRunThroughTheRunner() throws Exception {
        Scheduler scheduler = schedulers.instance("node-a");
        ScheduleRegistrar.register(scheduler, List.of(definition("ops-fast", "0/2 * * * * ?", "2025-05",
                MisfirePolicy.FIRE_ONCE)));
        scheduler.start();

        await().atMost(Duration.ofSeconds(15)).until(() -> completedMonths().contains("2025-05"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ops_test_row WHERE bill_month = '2025-05'", Integer.class))
                .isEqualTo(100);
    }

    @Test
    void twoClusteredInstancesFireEachTriggerOnce() throws Exception {
        List<String> firings = new CopyOnWriteArrayList<>();
        Scheduler a = schedulers.instance("node-a");
        Scheduler b = schedulers.instance("node-b");
        for (Scheduler s : List.of(a, b)) {
            s.getListenerManager().addJobListener(new Recorder(firings));
        }
        ScheduleRegistrar.register(a, List.of(definition("ops-every-second", "* * * * * ?", "2025-07",
                MisfirePolicy.FIRE_ONCE)));
        a.start();
        b.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> firings.size() >= 6);
        a.standby();
        b.standby();

        Map<String, Long> perFireTime = firings.stream().collect(Collectors.groupingBy(f -> f.split("@")[0],
                Collectors.counting()));
        assertThat(perFireTime.values()).as("firings per scheduled fire time: %s", firings).containsOnly(1L);
        assertThat(jdbc.queryForList("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ?",
                String.class, a.getSchedulerName())).contains("node-a", "node-b");
        // Whichever instance fired first ran the month; the later firings found it complete.
        assertThat(completedMonths()).containsExactly("2025-07");
    }

    @Test
    void aMissedFireOnceRunFiresOnceOnStart() throws Exception {
        List<String> firings = startAfterAMissedRun(MisfirePolicy.FIRE_ONCE);
        await().atMost(Duration.ofSeconds(15)).until(() -> completedMonths().contains("2025-08"));
        Thread.sleep(1500);
        assertThat(firings).hasSize(1);
    }

    @Test
    void aMissedDoNothingRunDoesNotFire() throws Exception {
        List<String> firings = startAfterAMissedRun(MisfirePolicy.DO_NOTHING);
        Scheduler scheduler = schedulers.instance("node-c");
        // Give the misfire handler time to act (it runs at once on start), then check nothing fired.
        Thread.sleep(4000);
        assertThat(firings).isEmpty();
        assertThat(completedMonths()).isEmpty();
        Trigger trigger = scheduler.getTrigger(ScheduleRegistrar.triggerKey("ops-missed"));
        assertThat(trigger.getNextFireTime()).isAfter(new Date());
    }

    @Test
    void unchangedSchedulesKeepTheirStoredTriggerAndPauseWhileChangedOnesAreReplaced() throws Exception {
        Scheduler scheduler = schedulers.instance("node-a");
        ScheduleDefinition daily = definition("ops-daily", "0 0 3 * * ?", "current", MisfirePolicy.FIRE_ONCE);
        ScheduleRegistrar.register(scheduler, List.of(daily));
        scheduler.pauseJob(ScheduleRegistrar.jobDetail(daily).getKey());
        Date firstStart = scheduler.getTrigger(ScheduleRegistrar.triggerKey("ops-daily")).getStartTime();

        ScheduleRegistrar.register(scheduler, List.of(daily));
        assertThat(scheduler.getTrigger(ScheduleRegistrar.triggerKey("ops-daily")).getStartTime()).isEqualTo(firstStart);

        ScheduleDefinition later = definition("ops-daily", "0 0 4 * * ?", "current", MisfirePolicy.FIRE_ONCE);
        ScheduleRegistrar.register(scheduler, List.of(later));
        assertThat(((org.quartz.CronTrigger) scheduler.getTrigger(ScheduleRegistrar.triggerKey("ops-daily")))
                .getCronExpression()).isEqualTo("0 0 4 * * ?");
        assertThat(scheduler.getTriggerState(ScheduleRegistrar.triggerKey("ops-daily")))
                .isEqualTo(Trigger.TriggerState.PAUSED);

        ScheduleRegistrar.register(scheduler, List.of());
        assertThat(scheduler.checkExists(ScheduleRegistrar.jobDetail(daily).getKey())).isFalse();
    }

    @Test
    void shutdownStopsTheRunningJobAtACommitAndRestartFinishesIt() throws Exception {
        control.hold();
        Scheduler scheduler = schedulers.instance("node-a");
        // The service registers the test schedule files: ops-every-2s runs 2025-06 every two seconds.
        SchedulerService service = new SchedulerService(scheduler, files(), locks, runner, properties);
        java.io.StringWriter out = new java.io.StringWriter();
        CompletableFuture<Void> process = CompletableFuture.runAsync(() -> {
            try {
                service.runUntilStopped(new java.io.PrintWriter(out));
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        await().atMost(Duration.ofSeconds(15)).until(control::holding);
        long executionId = locks.heldExecutionIds().get(0);

        service.stop();  // what SIGTERM does through the context's shutdown hook
        process.get(20, TimeUnit.SECONDS);
        assertThat(out.toString()).contains("started with 1 schedule(s)").contains("ops-disabled").contains("disabled");
        assertThat(jdbc.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                String.class, executionId)).isEqualTo("STOPPED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Integer.class)).isZero();

        control.release();
        assertThat(runner.restart(executionId).outcome()).isEqualTo(com.jinpai.operations.RunResult.Outcome.COMPLETED);
        assertThat(completedMonths()).containsExactly("2025-06");
    }

    private List<String> startAfterAMissedRun(MisfirePolicy policy) throws Exception {
        List<String> firings = new CopyOnWriteArrayList<>();
        // Registered an hour ago by a scheduler that then went down; its daily fire time was 30 minutes ago.
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalTime missed = ZonedDateTime.now(zone).minusMinutes(30).toLocalTime();
        String cron = missed.getSecond() + " " + missed.getMinute() + " " + missed.getHour() + " * * ?";
        Scheduler down = schedulers.instance("node-down");
        ScheduleRegistrar.register(down, definition("ops-missed", cron, "2025-08", policy),
                Date.from(ZonedDateTime.now(zone).minusHours(1).toInstant()));
        assertThat(down.getTrigger(ScheduleRegistrar.triggerKey("ops-missed")).getNextFireTime()).isBefore(new Date());

        Scheduler up = schedulers.instance("node-up");
        up.getListenerManager().addJobListener(new Recorder(firings));
        up.start();
        return firings;
    }

    private List<String> completedMonths() {
        return jdbc.queryForList("SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION_PARAMS p "
                + "ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID WHERE p.PARAMETER_NAME = 'month' AND e.STATUS = 'COMPLETED'",
                String.class);
    }

    private ScheduleFiles files() {
        return context.getBean(ScheduleFiles.class);
    }

    static ScheduleDefinition definition(String name, String cron, String month, MisfirePolicy misfire) {
        return new ScheduleDefinition(name, Path.of("jobs", name + ".yml"), JOB, cron, ZoneId.of("Asia/Shanghai"),
                MonthChoice.parse(month), null, misfire, true, null);
    }

    /** Records "scheduled fire time@instance" for every firing an instance executes. */
    private record Recorder(List<String> firings) implements JobListener {

        @Override
        public String getName() {
            return "recorder-" + System.identityHashCode(this);
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
            try {
                firings.add(context.getScheduledFireTime().getTime() + "@" + context.getScheduler().getSchedulerInstanceId());
            }
            catch (org.quartz.SchedulerException ex) {
                throw new IllegalStateException(ex);
            }
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException exception) {
        }
    }

    @OnH2
    static class H2Tests extends SchedulerIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends SchedulerIntegrationTests {
    }
}
