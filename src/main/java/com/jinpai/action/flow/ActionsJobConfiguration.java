package com.jinpai.action.flow;

import java.time.YearMonth;
import java.util.List;
import java.util.function.BiFunction;

import com.jinpai.action.assign.AssignmentRefresh;
import com.jinpai.action.list.ActionListService;
import com.jinpai.action.mail.ListDelivery;
import com.jinpai.action.mail.MailSummarySection;
import com.jinpai.run.RunParameters;
import com.jinpai.value.ClosedMonths;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code actionsFlow}: refresh VIP assignments, expire past-due actions, issue the actions of the
 * current period ({@link CurrentPeriod}), write the lists, mail them, for the run's month, its as-of date and
 * its publish day ({@link RunParameters}). The jobs ({@code nightly}, {@code month-close}) embed this flow.
 * Each step is one transaction and safe to repeat: a restart re-runs a failed step whole and gets
 * the same result (assignments are kept, issuing is insert-if-absent, lists are rewritten).
 */
@Configuration(proxyBeanMethods = false)
class ActionsJobConfiguration {

    @Bean
    Flow actionsFlow(Step actionsAssignStep, Step actionsExpireStep, Step actionsIssueStep, Step actionsWriteStep,
            Step actionsMailStep) {
        return new FlowBuilder<SimpleFlow>("actionsFlow")
                .start(actionsAssignStep)
                .next(actionsExpireStep)
                .next(actionsIssueStep)
                .next(actionsWriteStep)
                .next(actionsMailStep)
                .build();
    }

    @Bean
    Step actionsAssignStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            AssignmentRefresh assignments) {
        return step("actionsAssignStep", jobRepository, transactionManager, (run, contribution) -> {
            var outcome = assignments.refresh(run.month());
            contribution.incrementWriteCount(outcome.assigned() + outcome.unassigned());
            return "kept " + outcome.kept() + ", assigned " + outcome.assigned() + ", unassigned "
                    + outcome.unassigned() + ", released " + outcome.released();
        });
    }

    @Bean
    Step actionsExpireStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ActionExpiry expiry) {
        return step("actionsExpireStep", jobRepository, transactionManager, (run, contribution) -> {
            int expired = expiry.expire(run.publishDay());
            contribution.incrementWriteCount(expired);
            return "expired " + expired + " open action(s) due before " + run.publishDay();
        });
    }

    @Bean
    Step actionsIssueStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ActionIssuer issuer, ClosedMonths closedMonths) {
        return step("actionsIssueStep", jobRepository, transactionManager, (run, contribution) -> {
            String job = contribution.getStepExecution().getJobExecution().getJobInstance().getJobName();
            List<YearMonth> closed = closedMonths.all();
            YearMonth latestClosed = closed.isEmpty() ? null : closed.get(closed.size() - 1);
            if (!CurrentPeriod.issues(job, run.month(), latestClosed)) {
                return "no actions issued: " + run.month() + " is not the current period (latest closed month "
                        + latestClosed + ")";
            }
            var outcome = issuer.issue(run.month(), run.asOf(), run.publishDay());
            contribution.incrementWriteCount(outcome.issued() + outcome.refreshed());
            contribution.incrementFilterCount(outcome.findings() - outcome.issued() - outcome.refreshed());
            return "read " + outcome.candidates() + " candidate(s), " + outcome.findings() + " finding(s), "
                    + outcome.issued() + " new action(s), " + outcome.refreshed() + " refreshed, for " + run.month();
        });
    }

    @Bean
    Step actionsWriteStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ActionListService lists) {
        return step("actionsWriteStep", jobRepository, transactionManager, (run, contribution) -> {
            var outcome = lists.write(run.month(), run.publishDay());
            contribution.incrementWriteCount(outcome.managerRows() + outcome.unassignedActions());
            return outcome.managerLists() + " manager list(s) with " + outcome.managerRows() + " open action(s), "
                    + outcome.unassignedActions() + " without a manager, " + outcome.unassignedVips()
                    + " unassigned VIP(s), in " + outcome.folder();
        });
    }

    /**
     * Mails the lists just written ({@link ListDelivery}); never fails on a send, which is recorded
     * and shown by {@link MailSummarySection}. A run with {@code --no-mail}, with mail off, or of a past
     * period (one that issues no actions, {@link CurrentPeriod}) mails nothing.
     */
    @Bean
    Step actionsMailStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ListDelivery delivery, ClosedMonths closedMonths) {
        return step("actionsMailStep", jobRepository, transactionManager, (run, contribution) -> {
            var context = contribution.getStepExecution().getExecutionContext();
            if (run.noMail()) {
                context.putString(MailSummarySection.OFF, "--no-mail");
                return "mail: off (--no-mail)";
            }
            if (!delivery.enabled()) {
                context.putString(MailSummarySection.OFF, "jinpai.mail.enabled");
                return "mail: off (jinpai.mail.enabled)";
            }
            // a backfill or re-close of a past month rewrites its lists but mails nobody about it
            String job = contribution.getStepExecution().getJobExecution().getJobInstance().getJobName();
            List<YearMonth> closed = closedMonths.all();
            if (!CurrentPeriod.issues(job, run.month(), closed.isEmpty() ? null : closed.get(closed.size() - 1))) {
                context.putString(MailSummarySection.OFF, run.month() + " is not the current period");
                return "mail: none (" + run.month() + " is not the current period)";
            }
            var outcome = delivery.deliver(run.month(), run.publishDay(), null, false);
            contribution.incrementWriteCount(outcome.sent());
            context.putInt(MailSummarySection.SENT, outcome.sent());
            context.putInt(MailSummarySection.UNCHANGED, outcome.unchanged());
            context.putString(MailSummarySection.FAILED, String.join("\n",
                    outcome.failures().stream().map(Object::toString).toList()));
            return "mailed " + outcome.sent() + " list(s), " + outcome.unchanged() + " already mailed, "
                    + outcome.failures().size() + " failed";
        });
    }

    /** A one-shot tasklet step; what the work returns becomes the step's exit description. */
    private static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BiFunction<RunParameters, StepContribution, String> work) {
        return new StepBuilder(name, jobRepository).tasklet((contribution, chunkContext) -> {
            RunParameters run = RunParameters.from(contribution.getStepExecution().getJobParameters());
            String summary = work.apply(run, contribution);
            contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(summary));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
