package com.jinpai.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import com.jinpai.run.RunParameters;

/**
 * Nightly: rewrites the open month's estimated rows and segment rows as of the night's date, in
 * {@code jinpai.partitions.count} partitions on this process's threads ({@link EstimatePartitions},
 * which says what a failed write leaves). A month that is already closed belongs to month-close; the step then does
 * nothing, and says so in its exit description (exit code COMPLETED, so a job carries on).
 */
@Component
class NightlyValueTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(NightlyValueTasklet.class);

    private final ClosedMonths closedMonths;
    private final EstimatePartitions estimates;

    NightlyValueTasklet(ClosedMonths closedMonths, EstimatePartitions estimates) {
        this.closedMonths = closedMonths;
        this.estimates = estimates;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunParameters run = RunParameters.from(contribution.getStepExecution().getJobParameters());
        YearMonth month = run.month();
        LocalDate asOf = run.asOf();
        if (!YearMonth.from(asOf).equals(month)) {
            throw new IllegalArgumentException("Job parameter asOf " + asOf + " is not a day of month " + month
                    + ": the nightly estimate is taken on a day of the open month");
        }
        List<YearMonth> closed = closedMonths.all();
        if (closed.contains(month)) {
            String why = "month " + month + " is closed; its rows are month-close's, not an estimate's";
            log.warn("nightly value: {}", why);
            contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription("nothing to estimate: " + why));
            return RepeatStatus.FINISHED;
        }
        contribution.incrementWriteCount(estimates.estimate(month, asOf, closed));
        return RepeatStatus.FINISHED;
    }
}
