package com.jinpai.ingest.quality;

import java.time.LocalDate;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.jinpai.run.JobNames;
import com.jinpai.run.RunParameters;

/**
 * {@code inputsCheckFlow}: right after ingest, judge every source on the run's day and record it;
 * a source in ERROR fails the run here, before anything is computed or published. Runs again on a
 * restart (after ingest has taken the corrected exports).
 */
@Configuration(proxyBeanMethods = false)
class InputsCheckJobConfiguration {

    @Bean
    Flow inputsCheckFlow(Step inputsCheckStep) {
        return new FlowBuilder<SimpleFlow>("inputsCheckFlow").start(inputsCheckStep).build();
    }

    @Bean
    Step inputsCheckStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            InputChecks checks, InputCheckStore store) {
        return new StepBuilder("inputsCheckStep", jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = contribution.getStepExecution();
            RunParameters run = RunParameters.from(step.getJobParameters());
            InputAssessment assessment = checks.assess(run.asOf(), judgedOn(step.getJobExecution().getJobInstance()
                    .getJobName(), run), run.month());
            store.save(step.getJobExecutionId(), run.month(), assessment);
            if (assessment.level() == Level.ERROR) {
                throw new InputsFailedException(assessment.findings(Level.ERROR));
            }
            contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(assessment.level() + ", "
                    + assessment.findings(Level.WARN).size() + " warning(s) on " + assessment.judgedOn()));
            return RepeatStatus.FINISHED;
        }, transactionManager).allowStartIfComplete(true).build();
    }

    /** A nightly is judged on its night; a month-close by the data of the month it closes. */
    static LocalDate judgedOn(String job, RunParameters run) {
        if (JobNames.NIGHTLY.equals(job)) {
            return run.asOf();
        }
        LocalDate monthEnd = run.month().atEndOfMonth();
        return run.asOf().isBefore(monthEnd) ? run.asOf() : monthEnd;
    }
}
