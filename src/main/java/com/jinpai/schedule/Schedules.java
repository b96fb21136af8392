package com.jinpai.schedule;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.jspecify.annotations.Nullable;
import org.quartz.CronExpression;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads and changes the schedules in the shared job store for the command line. Works on the
 * Scheduler bean without starting it: pausing, resuming and triggering are rows in the database
 * that the running scheduler processes act on.
 */
@Service
public class Schedules {

    private final Scheduler scheduler;
    private final ScheduleFiles files;
    private final JdbcTemplate jdbc;

    public Schedules(Scheduler scheduler, ScheduleFiles files, JdbcTemplate jdbc) {
        this.scheduler = scheduler;
        this.files = files;
        this.jdbc = jdbc;
    }

    /** Every schedule file, plus schedules still registered whose file is gone. */
    public List<ScheduleView> list() throws SchedulerException {
        Map<String, ScheduleView> views = new LinkedHashMap<>();
        for (ScheduleDefinition definition : files.load()) {
            views.put(definition.name(), view(definition.name(), definition));
        }
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(ScheduleRegistrar.GROUP))) {
            views.computeIfAbsent(key.getName(), name -> {
                try {
                    return view(name, null);
                }
                catch (SchedulerException ex) {
                    throw new IllegalStateException(ex);
                }
            });
        }
        return new ArrayList<>(views.values());
    }

    private ScheduleView view(String name, @Nullable ScheduleDefinition definition) throws SchedulerException {
        ZoneId zone = definition != null ? definition.zone() : ZoneId.systemDefault();
        if (definition != null && !definition.enabled()) {
            return new ScheduleView(name, definition, "DISABLED", null, null);
        }
        Trigger trigger = scheduler.getTrigger(ScheduleRegistrar.triggerKey(name));
        if (trigger == null) {
            return new ScheduleView(name, definition, "NOT_REGISTERED", definition == null ? null
                    : nextFire(definition), null);
        }
        return new ScheduleView(name, definition, scheduler.getTriggerState(trigger.getKey()).name(),
                at(trigger.getNextFireTime(), zone), at(trigger.getPreviousFireTime(), zone));
    }

    /** Pauses one schedule, or all of them when name is null. Throws for an unknown name. */
    public void pause(@Nullable String name) throws SchedulerException {
        if (name == null) {
            scheduler.pauseJobs(GroupMatcher.jobGroupEquals(ScheduleRegistrar.GROUP));
        }
        else {
            scheduler.pauseJob(registered(name));
        }
    }

    public void resume(@Nullable String name) throws SchedulerException {
        if (name == null) {
            scheduler.resumeJobs(GroupMatcher.jobGroupEquals(ScheduleRegistrar.GROUP));
        }
        else {
            scheduler.resumeJob(registered(name));
        }
    }

    /** Fires a schedule now, through the cluster: the first live scheduler instance picks it up. */
    public void trigger(String name) throws SchedulerException {
        scheduler.triggerJob(registered(name));
    }

    private JobKey registered(String name) throws SchedulerException {
        JobKey key = JobKey.jobKey(name, ScheduleRegistrar.GROUP);
        if (!scheduler.checkExists(key)) {
            List<String> known = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(ScheduleRegistrar.GROUP)).stream()
                    .map(JobKey::getName).sorted().toList();
            throw new IllegalArgumentException("no schedule '" + name + "' is registered"
                    + (known.isEmpty() ? "; none is: start `jinpai scheduler` once to register the files in "
                            + files.dir() : "; registered schedules are " + known));
        }
        return key;
    }

    /** The scheduler processes that checked in to this cluster, alive or not. */
    public List<SchedulerInstance> instances() throws SchedulerException {
        Instant now = Instant.now();
        return jdbc.query("SELECT INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL FROM QRTZ_SCHEDULER_STATE "
                + "WHERE SCHED_NAME = ? ORDER BY INSTANCE_NAME", (rs, n) -> {
                    Instant last = Instant.ofEpochMilli(rs.getLong(2));
                    Duration interval = Duration.ofMillis(rs.getLong(3));
                    return new SchedulerInstance(rs.getString(1), last, interval,
                            SchedulerInstance.alive(last, interval, now));
                }, scheduler.getSchedulerName());
    }

    public boolean anyAlive() throws SchedulerException {
        return instances().stream().anyMatch(SchedulerInstance::alive);
    }

    private static @Nullable ZonedDateTime nextFire(ScheduleDefinition definition) {
        try {
            CronExpression cron = new CronExpression(definition.cron());
            cron.setTimeZone(TimeZone.getTimeZone(definition.zone()));
            return at(cron.getNextValidTimeAfter(new Date()), definition.zone());
        }
        catch (ParseException ex) {
            return null;
        }
    }

    private static @Nullable ZonedDateTime at(@Nullable Date date, ZoneId zone) {
        return date == null ? null : date.toInstant().atZone(zone);
    }
}
