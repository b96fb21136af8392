package com.jinpai.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The step each execution of this process is in, kept in memory: when the database is gone, the
 * job repository cannot say which step the outage hit, and the admin needs to know.
 */
final class CurrentSteps implements BeanPostProcessor, StepExecutionListener {

    private final Map<Long, String> steps = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(this);
        }
        return bean;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        steps.put(stepExecution.getJobExecutionId(), stepExecution.getStepName());
    }

    @Override
    public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
        return null;
    }

    @Nullable String of(long jobExecutionId) {
        return steps.get(jobExecutionId);
    }
}
