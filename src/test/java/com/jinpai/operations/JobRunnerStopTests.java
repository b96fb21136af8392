package com.jinpai.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;

import com.jinpai.operations.RunResult.Outcome;
import com.jinpai.system.BusinessCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A stop request that crosses a commit of the running job: Spring Batch's stop fails on the step
 * execution's version although the job execution is already marked STOPPING. That is a stop on
 * record, not a failure; a request that lost the race on the job execution itself is made again.
 */
class JobRunnerStopTests {

    private static final long ID = 42;

    private final JobOperator operator = mock(JobOperator.class);
    private final JobRepository repository = mock(JobRepository.class);
    private JobRunner runner;

    @BeforeEach
    void setUp() {
        BusinessCalendar calendar = new BusinessCalendar(Clock.systemUTC(), LocalDate.of(2026, 12, 2));
        runner = new JobRunner(operator, repository, List.of(), calendar, mock(RunLocks.class),
                mock(RunParameterResolver.class), mock(DatabaseOutage.class));
    }

    @Test
    void aStopThatCrossedACommitAfterMarkingTheJobStoppingIsAcceptedAsAStop() throws Exception {
        when(repository.getJobExecution(ID)).thenReturn(execution(BatchStatus.STARTED), execution(BatchStatus.STOPPING));
        when(operator.stop(ID)).thenThrow(new OptimisticLockingFailureException("Attempt to update step execution"));

        RunResult result = runner.stop(ID);

        assertThat(result.outcome()).isEqualTo(Outcome.STOPPING);
        assertThat(result.message()).contains("stop requested for execution 42");
        verify(operator, times(1)).stop(ID);
    }

    @Test
    void aStopThatLostTheRaceOnTheJobExecutionIsAskedAgain() throws Exception {
        when(repository.getJobExecution(ID)).thenReturn(execution(BatchStatus.STARTED));
        when(operator.stop(ID)).thenThrow(new OptimisticLockingFailureException("job execution moved on"))
                .thenReturn(true);

        RunResult result = runner.stop(ID);

        assertThat(result.outcome()).isEqualTo(Outcome.STOPPING);
        verify(operator, times(2)).stop(ID);
    }

    @Test
    void aStopThatKeepsLosingGivesUpSayingTheRunIsNotStoppable() throws Exception {
        when(repository.getJobExecution(ID)).thenReturn(execution(BatchStatus.STARTED));
        when(operator.stop(ID)).thenThrow(new OptimisticLockingFailureException("again"));

        RunResult result = runner.stop(ID);

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        verify(operator, times(3)).stop(ID);
    }

    private static JobExecution execution(BatchStatus status) {
        JobExecution execution = new JobExecution(ID, new JobInstance(1L, "nightly"), new JobParameters());
        execution.setStatus(status);
        return execution;
    }
}
