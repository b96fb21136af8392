package com.jinpai.schedule;

import java.nio.file.Path;
import java.time.YearMonth;

import com.jinpai.operations.JobRunner;
import com.jinpai.operations.RunRequest;
import com.jinpai.operations.RunResult;
import com.jinpai.system.BusinessCalendar;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job behind every schedule: it resolves the month and hands the run to
 * {@link JobRunner}, which takes the run lock, starts the batch job and reports. Nothing else
 * happens here, so a scheduled run behaves exactly like {@code jinpai run}. Not concurrent: a
 * trigger that comes while the previous run of the same schedule is still going waits for it
 * (and then finds the month done or locked) instead of starting a second run.
 */
@DisallowConcurrentExecution
public class LaunchScheduledRun implements Job {

    static final String JOB = "job";
    static final String MONTH = "month";
    static final String INBOX = "inbox";

    private static final Logger log = LoggerFactory.getLogger(LaunchScheduledRun.class);

    private final JobRunner runner;
    private final BusinessCalendar calendar;

    public LaunchScheduledRun(JobRunner runner, BusinessCalendar calendar) {
        this.runner = runner;
        this.calendar = calendar;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        String job = data.getString(JOB);
        YearMonth month = MonthChoice.parse(data.getString(MONTH)).resolve(calendar.today());
        String inbox = data.getString(INBOX);
        log.info("schedule {} fired (due {}) on {}: {} {}", context.getJobDetail().getKey().getName(),
                context.getScheduledFireTime(), instance(context), job, month);
        RunResult result = runner.run(new RunRequest(job, month, null, inbox == null ? null : Path.of(inbox)));
        switch (result.outcome()) {
            case COMPLETED -> log.info("schedule {}: {}", context.getJobDetail().getKey().getName(), result.message());
            case ALREADY_COMPLETE -> log.info("schedule {}: nothing to do, {}", context.getJobDetail().getKey().getName(),
                    result.message());
            case ALREADY_RUNNING -> log.warn("schedule {}: skipped, {}", context.getJobDetail().getKey().getName(),
                    result.message());
            default -> log.error("schedule {}: {}", context.getJobDetail().getKey().getName(), result.message());
        }
    }

    private static String instance(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        }
        catch (org.quartz.SchedulerException ex) {
            return "?";
        }
    }
}
