package com.jinpai.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One ingest step, or one partition of a partitioned one (the files of some months only): a call per file, each file in its own transaction, so that a failure stops
 * after the last loaded file and a restart skips what is loaded (the ledger knows it by checksum).
 * A failed file does not stop the others; the step fails after the last file, naming every failed
 * file. Step-scoped: one instance per step execution.
 */
class IngestTasklet implements Tasklet {

    static final String FILES_LOADED = "ingest.files.loaded";
    static final String FILES_SKIPPED = "ingest.files.skipped";
    static final String FILES_REPLACED = "ingest.files.replaced";
    static final String FILES_FAILED = "ingest.files.failed";
    /** What each failed file's ledger row says, one a line, for the partitioned step to name them. */
    static final String FAILURES = "ingest.failures";

    private final IngestService service;
    private final Source source;
    private final Path inbox;
    private final boolean acceptShrink;
    private final @Nullable Set<String> months;
    private final List<FileOutcome> failed = new ArrayList<>();
    private @Nullable Deque<Path> pending;

    IngestTasklet(IngestService service, Source source, Path inbox, boolean acceptShrink) {
        this(service, source, inbox, acceptShrink, null);
    }

    /** @param months only the files of these months (keys of {@link IngestService#filesByMonth}); null: all */
    IngestTasklet(IngestService service, Source source, Path inbox, boolean acceptShrink,
            @Nullable Set<String> months) {
        this.service = service;
        this.source = source;
        this.inbox = inbox;
        this.acceptShrink = acceptShrink;
        this.months = months == null ? null : Set.copyOf(months);
    }

    private List<Path> files() {
        if (months == null) {
            return service.files(source, inbox);
        }
        List<Path> files = new ArrayList<>();
        service.filesByMonth(source, inbox).forEach((month, paths) -> {
            if (months.contains(month)) {
                files.addAll(paths);
            }
        });
        return files;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (pending == null) {
            pending = new ArrayDeque<>(files());
        }
        Path next = pending.poll();
        if (next == null) {
            if (!failed.isEmpty()) {
                throw new IngestFailedException(source, failed);
            }
            return RepeatStatus.FINISHED;
        }
        StepExecution step = contribution.getStepExecution();
        FileOutcome outcome = service.ingestFile(source, inbox, next, step.getJobExecutionId(), acceptShrink);
        count(outcome, contribution, step);
        if (outcome.status() == FileOutcome.Status.FAILED) {
            failed.add(outcome);
            ExecutionContext context = step.getExecutionContext();
            String before = context.containsKey(FAILURES) ? context.getString(FAILURES) + "\n" : "";
            context.putString(FAILURES, before + outcome.message());
        }
        return RepeatStatus.CONTINUABLE;
    }

    /** Rows read, loaded (written), rejected (skipped in processing) and duplicate (filtered). */
    private static void count(FileOutcome outcome, StepContribution contribution, StepExecution step) {
        IngestCounts counts = outcome.counts();
        step.setReadCount(step.getReadCount() + counts.read());
        contribution.incrementWriteCount(counts.loaded());
        contribution.incrementProcessSkipCount(counts.rejected());
        contribution.incrementFilterCount(counts.duplicate());
        ExecutionContext context = step.getExecutionContext();
        String key = switch (outcome.status()) {
            case LOADED -> FILES_LOADED;
            case SKIPPED -> FILES_SKIPPED;
            case FAILED -> FILES_FAILED;
        };
        increment(context, key);
        if (outcome.replacedEarlier()) {
            increment(context, FILES_REPLACED);
        }
    }

    private static void increment(ExecutionContext context, String key) {
        Object value = context.get(key);
        context.putLong(key, (value instanceof Number number ? number.longValue() : 0) + 1);
    }
}
