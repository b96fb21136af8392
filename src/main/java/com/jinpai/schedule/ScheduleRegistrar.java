package com.jinpai.schedule;

import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the Quartz job store match the schedule files. A trigger whose cron, zone and misfire
 * policy are unchanged is left as stored: replacing it would compute a fresh next fire time and
 * lose the run missed while the scheduler was down (which its misfire policy decides about), and
 * would clear a pause set with {@code schedule pause}.
 */
public final class ScheduleRegistrar {

    public static final String GROUP = "jinpai";
    private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

    private ScheduleRegistrar() {
    }

    public static void register(Scheduler scheduler, List<ScheduleDefinition> definitions) throws SchedulerException {
        Set<String> enabled = definitions.stream().filter(ScheduleDefinition::enabled).map(ScheduleDefinition::name)
                .collect(Collectors.toSet());
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!enabled.contains(key.getName())) {
                scheduler.deleteJob(key);
                log.info("schedule {} removed (its file is gone or says enabled: false)", key.getName());
            }
        }
        for (ScheduleDefinition definition : definitions) {
            if (definition.enabled()) {
                register(scheduler, definition, new Date());
            }
        }
    }

    static void register(Scheduler scheduler, ScheduleDefinition definition, Date startAt) throws SchedulerException {
        scheduler.addJob(jobDetail(definition), true);
        CronTrigger wanted = trigger(definition, startAt);
        Trigger stored = scheduler.getTrigger(wanted.getKey());
        if (stored == null) {
            scheduler.scheduleJob(wanted);
            log.info("schedule {} registered: {} ({}), next run {}", definition.name(), definition.cron(),
                    definition.zone(), scheduler.getTrigger(wanted.getKey()).getNextFireTime());
        }
        else if (!sameSchedule(stored, wanted)) {
            boolean paused = scheduler.getTriggerState(stored.getKey()) == Trigger.TriggerState.PAUSED;
            scheduler.rescheduleJob(stored.getKey(), wanted);
            if (paused) {
                scheduler.pauseTrigger(wanted.getKey());
            }
            log.info("schedule {} changed to {} ({}, misfire {})", definition.name(), definition.cron(),
                    definition.zone(), definition.misfire().key());
        }
    }

    static JobDetail jobDetail(ScheduleDefinition definition) {
        JobBuilder builder = JobBuilder.newJob(LaunchScheduledRun.class)
                .withIdentity(definition.name(), GROUP)
                .withDescription(definition.description() != null ? definition.description()
                        : "jobs/" + definition.name() + ".yml")
                .usingJobData(LaunchScheduledRun.JOB, definition.job())
                .usingJobData(LaunchScheduledRun.MONTH, definition.month().text())
                .storeDurably();
        if (definition.inbox() != null) {
            builder.usingJobData(LaunchScheduledRun.INBOX, definition.inbox().toString());
        }
        return builder.build();
    }

    static CronTrigger trigger(ScheduleDefinition definition, Date startAt) {
        CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(definition.cron())
                .inTimeZone(TimeZone.getTimeZone(definition.zone()));
        schedule = definition.misfire() == MisfirePolicy.FIRE_ONCE
                ? schedule.withMisfireHandlingInstructionFireAndProceed()
                : schedule.withMisfireHandlingInstructionDoNothing();
        return TriggerBuilder.newTrigger()
                .withIdentity(triggerKey(definition.name()))
                .forJob(definition.name(), GROUP)
                .withSchedule(schedule)
                .startAt(startAt)
                .build();
    }

    static TriggerKey triggerKey(String name) {
        return TriggerKey.triggerKey(name, GROUP);
    }

    private static boolean sameSchedule(Trigger stored, CronTrigger wanted) {
        return stored instanceof CronTrigger cron
                && cron.getCronExpression().equals(wanted.getCronExpression())
                && cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
                && cron.getMisfireInstruction() == wanted.getMisfireInstruction();
    }
}
