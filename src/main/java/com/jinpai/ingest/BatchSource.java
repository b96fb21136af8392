package com.jinpai.ingest;

import org.jspecify.annotations.Nullable;

/** The batches of one file, in file order. */
interface BatchSource extends AutoCloseable {

    /** The next batch, or null after the last one. */
    @Nullable Batch next() throws UnreadableFileException;

    @Override
    void close();
}
