package com.jinpai.operations;

import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.jinpai.run.RunParameters;

/**
 * Adds one listener to every job, so the job configurations need not know about operations: when
 * an execution starts, its id is written into the run lock this process holds for the job and
 * month, and a progress watch starts; when it ends, the watch stops.
 */
@Configuration(proxyBeanMethods = false)
class RunTracking {

    /** Static, and resolving its collaborators late, so that it does not pull beans in before post-processing. */
    @Bean
    static BeanPostProcessor runTrackingPostProcessor(ObjectProvider<RunLocks> locks,
            ObjectProvider<RunProgress> progress) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractJob job) {
                    job.registerJobExecutionListener(new Listener(locks, progress));
                }
                return bean;
            }
        };
    }

    private static final class Listener implements JobExecutionListener {

        private final ObjectProvider<RunLocks> locks;
        private final ObjectProvider<RunProgress> progress;
        private final Map<Long, RunProgress.Watch> watches = new ConcurrentHashMap<>();

        Listener(ObjectProvider<RunLocks> locks, ObjectProvider<RunProgress> progress) {
            this.locks = locks;
            this.progress = progress;
        }

        @Override
        public void beforeJob(JobExecution execution) {
            YearMonth month = RunParameters.monthOf(execution);
            if (month != null) {
                locks.getObject().attach(execution.getJobInstance().getJobName(), month.toString(), execution.getId());
            }
            watches.put(execution.getId(), progress.getObject().watch(execution));
        }

        @Override
        public void afterJob(JobExecution execution) {
            recordCause(execution);
            RunProgress.Watch watch = watches.remove(execution.getId());
            if (watch != null) {
                watch.close();
            }
        }

        /**
         * Puts the root cause in one line at the head of a failed execution's exit message; the
         * repository saves the execution after this listener, and cuts the message's tail.
         */
        private static void recordCause(JobExecution execution) {
            if (execution.getStatus() != BatchStatus.FAILED) {
                return;
            }
            Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            if (failure == null) {
                return;
            }
            String cause = RunMessages.rootMessage(failure);
            ExitStatus exit = execution.getExitStatus();
            execution.setExitStatus(new ExitStatus(exit.getExitCode(), ExecutionRecord.CAUSE
                    + (cause == null ? failure.getClass().getSimpleName() : cause.lines().findFirst().orElse(""))
                    + "\n" + exit.getExitDescription()));
        }
    }
}
