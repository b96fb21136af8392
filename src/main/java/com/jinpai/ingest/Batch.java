package com.jinpai.ingest;

import java.util.List;

/**
 * A slice of a file: the rows that passed validation with the line each starts on, the rejects,
 * and how many records were read.
 */
record Batch(List<Object[]> rows, long[] lines, List<Reject> rejects, long read) {
}
