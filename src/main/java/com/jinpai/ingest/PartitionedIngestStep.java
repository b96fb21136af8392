package com.jinpai.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.jinpai.run.RunParameters;
import com.jinpai.system.JinpaiProperties;

/**
 * The ingest of a monthly source (bill lines, usage) as partitions by month
 * ({@link IngestPartitioner}), run by a {@link PartitionHandler}: local threads, or
 * {@code jinpai worker} processes over the broker. Once all are done their counts become this
 * step's, once (rows read, loaded, rejected, duplicate; files loaded, skipped, replaced, failed),
 * so the run summary and {@code status} read it like a serial ingest step; failed files fail it
 * with an {@link IngestFailedException} naming them.
 * <p>
 * Run again after it completed (the job failed later), every partition runs again and the ledger
 * skips what is loaded, as a serial ingest step would. Restarted after it failed, only the
 * partitions that did not complete run again (Spring Batch's splitter skips the completed ones of
 * the same name).
 */
final class PartitionedIngestStep extends AbstractStep {

    private static final Logger log = LoggerFactory.getLogger(PartitionedIngestStep.class);
    /** In this step's context once its partitions are planned: a restart of it finds it again. */
    static final String PLANNED = "ingest.partitions.planned";
    private static final List<String> FILE_COUNTS = List.of(IngestTasklet.FILES_LOADED, IngestTasklet.FILES_SKIPPED,
            IngestTasklet.FILES_REPLACED, IngestTasklet.FILES_FAILED);

    private final Source source;
    private final IngestService service;
    private final JinpaiProperties properties;
    private final PartitionHandler partitions;

    PartitionedIngestStep(String name, Source source, IngestService service, JinpaiProperties properties,
            PartitionHandler partitions) {
        super(name);
        this.source = source;
        this.service = service;
        this.properties = properties;
        this.partitions = partitions;
        setAllowStartIfComplete(true);
    }

    @Override
    protected void doExecute(StepExecution step) throws Exception {
        ExecutionContext context = step.getExecutionContext();
        boolean restart = context.containsKey(PLANNED);
        Path inbox = inbox(step);
        IngestPartitioner partitioner = new IngestPartitioner(source, inbox, service.filesByMonth(source, inbox));
        SimpleStepExecutionSplitter splitter = new SimpleStepExecutionSplitter(getJobRepository(),
                IngestJobConfiguration.PARTITION_STEP, partitioner);
        splitter.setAllowStartIfComplete(!restart);
        context.putString(PLANNED, "true");
        getJobRepository().updateExecutionContext(step);
        Collection<StepExecution> done = partitions.handle(splitter, step);

        List<String> files = new ArrayList<>();
        List<String> other = new ArrayList<>();
        long[] fileCounts = new long[FILE_COUNTS.size()];
        List<StepExecution> ended = new ArrayList<>();
        for (StepExecution partition : done) {
            StepExecution stored = getJobRepository().getStepExecution(partition.getId());
            ended.add(stored == null ? partition : stored);
        }
        ended.sort(Comparator.comparing(StepExecution::getStepName));
        for (StepExecution partition : ended) {
            step.setReadCount(step.getReadCount() + partition.getReadCount());
            step.setWriteCount(step.getWriteCount() + partition.getWriteCount());
            step.setProcessSkipCount(step.getProcessSkipCount() + partition.getProcessSkipCount());
            step.setFilterCount(step.getFilterCount() + partition.getFilterCount());
            ExecutionContext counts = partition.getExecutionContext();
            for (int k = 0; k < fileCounts.length; k++) {
                if (counts.get(FILE_COUNTS.get(k)) instanceof Number number) {
                    fileCounts[k] += number.longValue();
                }
            }
            if (partition.getStatus() != BatchStatus.COMPLETED) {
                if (counts.containsKey(IngestTasklet.FAILURES)) {
                    files.addAll(List.of(counts.getString(IngestTasklet.FAILURES).split("\n")));
                }
                else {
                    other.add(describe(partition));
                }
            }
        }
        for (int k = 0; k < fileCounts.length; k++) {
            context.putLong(FILE_COUNTS.get(k), fileCounts[k]);
        }
        getJobRepository().update(step);
        getJobRepository().updateExecutionContext(step);
        log.info("{}: {} partition(s) ran{}", getName(), ended.size(), restart ? " again after a failure" : "");
        if (!files.isEmpty() || !other.isEmpty()) {
            throw new IngestFailedException(source, files, other);
        }
    }

    private Path inbox(StepExecution step) {
        return IngestJobConfiguration.inbox(properties, step.getJobParameters().getString(RunParameters.INBOX))
                .toAbsolutePath().normalize();
    }

    private static String describe(StepExecution partition) {
        String why = partition.getExitStatus().getExitDescription();
        if (why == null || why.isBlank()) {
            why = partition.getStatus().toString();
        }
        int end = why.indexOf('\n');
        return partition.getStepName() + " (" + (end < 0 ? why : why.substring(0, end)).trim() + ")";
    }
}
