package com.jinpai.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one file.
 *
 * @param fileId its ingest_file row; null when skipped
 * @param replacedFileId the earlier version of the same file name whose rows it replaced, if any
 * @param message for a failed file, what went wrong and what to do
 */
public record FileOutcome(Source source, String fileName, Status status, @Nullable Long fileId,
        IngestCounts counts, @Nullable Long replacedFileId, @Nullable String message) {

    public enum Status {
        /** Its rows are in the table. */
        LOADED,
        /** The same content was loaded before: nothing was touched. */
        SKIPPED,
        /** Nothing of it was loaded; its rejects and the reason are recorded. */
        FAILED
    }

    public boolean replacedEarlier() {
        return replacedFileId != null;
    }
}
