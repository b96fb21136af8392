package com.jinpai.ingest;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** One or more files of a step loaded nothing; the other files of the step did load. */
public class IngestFailedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public IngestFailedException(Source source, List<FileOutcome> failed) {
        super(failed.size() + " " + source.id() + " file" + (failed.size() == 1 ? "" : "s")
                + " failed and loaded nothing (the other files loaded):\n"
                + failed.stream().map(outcome -> " - " + outcome.message()).collect(Collectors.joining("\n")));
    }
}
