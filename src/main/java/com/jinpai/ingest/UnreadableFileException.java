package com.jinpai.ingest;

import java.io.Serial;

/**
 * A file that cannot be read at all (bad quoting, a missing column, an unknown month): nothing of
 * it loads. The message names the file, the line, what is wrong and what to do.
 */
public class UnreadableFileException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    UnreadableFileException(String fileName, long line, String problem, String remedy) {
        super(fileName + (line > 0 ? ", line " + line : "") + ": " + problem + ". " + remedy);
    }
}
