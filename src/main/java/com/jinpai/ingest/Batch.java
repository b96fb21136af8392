package com.jinpai.ingest;

import java.util.List;

/** A slice of a file: the rows that passed validation, the rejects, and how many records were read. */
record Batch(List<Object[]> rows, List<Reject> rejects, long read) {
}
