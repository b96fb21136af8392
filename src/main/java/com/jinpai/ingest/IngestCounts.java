package com.jinpai.ingest;

/**
 * Rows of one file: read from it, loaded into its table, rejected by validation, and valid but
 * dropped as repeats of a key already loaded (a line_id seen before counts once).
 */
public record IngestCounts(long read, long loaded, long rejected, long duplicate) {

    public static final IngestCounts NONE = new IngestCounts(0, 0, 0, 0);

    public IngestCounts plus(IngestCounts other) {
        return new IngestCounts(read + other.read, loaded + other.loaded, rejected + other.rejected,
                duplicate + other.duplicate);
    }
}
