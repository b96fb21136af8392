package com.jinpai.value;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.jinpai.run.RunParameters;

/**
 * Month-close: plans which closed months to evaluate ({@link ReevaluationPlan}), then evaluates
 * one month per call, each call one transaction holding the month's rows, its state row and the
 * step's progress. A restart resumes at the first month not committed.
 * <p>
 * In catch-up mode (the nightly job, whose month is the open one) the plan is only the closed
 * months whose inputs changed since their evaluation, possibly none.
 */
class MonthCloseValueTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MonthCloseValueTasklet.class);
    static final String PLAN = "value.plan";
    static final String NEXT = "value.next";

    private final ClosedMonths closedMonths;
    private final ValueEvaluator evaluator;
    private final ValueRules rules;
    private final boolean catchUp;

    MonthCloseValueTasklet(ClosedMonths closedMonths, ValueEvaluator evaluator, ValueRules rules, boolean catchUp) {
        this.closedMonths = closedMonths;
        this.evaluator = evaluator;
        this.rules = rules;
        this.catchUp = catchUp;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ExecutionContext context = step.getExecutionContext();
        if (!context.containsKey(PLAN)) {
            YearMonth requested = RunParameters.from(step.getJobParameters()).month();
            LinkedHashMap<YearMonth, String> expected = closedMonths.expectedFingerprints(rules.digest());
            List<YearMonth> closed = new ArrayList<>(expected.keySet());
            List<YearMonth> months = catchUp
                    ? ReevaluationPlan.stale(closed, expected, closedMonths.storedFingerprints())
                    : ReevaluationPlan.months(closed, expected, closedMonths.storedFingerprints(), requested);
            List<String> plan = new ArrayList<>();
            months.forEach(month -> plan.add(month + "=" + expected.get(month)));
            context.putString(PLAN, String.join(",", plan));
            context.putInt(NEXT, 0);
            log.info("{} {}: evaluating {}", catchUp ? "catch-up" : "month-close", requested, months);
        }
        if (context.getString(PLAN).isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        String[] plan = context.getString(PLAN).split(",");
        int next = context.getInt(NEXT);
        String[] entry = plan[next].split("=");
        YearMonth month = YearMonth.parse(entry[0]);
        int rows = evaluator.close(month, closedMonths.all());
        closedMonths.saveState(month, entry[1], rows, step.getJobExecutionId());
        contribution.incrementWriteCount(rows);
        context.putInt(NEXT, next + 1);
        return next + 1 < plan.length ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }
}
