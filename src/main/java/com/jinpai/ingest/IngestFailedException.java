package com.jinpai.ingest;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** One or more files of a step loaded nothing; the other files of the step did load. */
public class IngestFailedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public IngestFailedException(Source source, List<FileOutcome> failed) {
        this(source, failed.stream().map(FileOutcome::message).toList(), List.of());
    }

    /**
     * @param files what the ledger says of each failed file
     * @param partitions partitions that ended without saying which file failed (a worker that died,
     *        an error outside any file), each with its name and first reason
     */
    public IngestFailedException(Source source, List<String> files, List<String> partitions) {
        super(message(source, files, partitions));
    }

    private static String message(Source source, List<String> files, List<String> partitions) {
        StringBuilder message = new StringBuilder();
        if (!files.isEmpty()) {
            message.append(files.size()).append(' ').append(source.id()).append(" file")
                    .append(files.size() == 1 ? "" : "s").append(" failed and loaded nothing (the other files loaded):\n")
                    .append(files.stream().map(file -> " - " + file).collect(Collectors.joining("\n")));
        }
        if (!partitions.isEmpty()) {
            message.append(message.isEmpty() ? "" : "\n").append(partitions.size()).append(' ').append(source.id())
                    .append(partitions.size() == 1 ? " partition" : " partitions")
                    .append(" did not complete (a restart runs only these again):\n")
                    .append(partitions.stream().map(partition -> " - " + partition).collect(Collectors.joining("\n")));
        }
        return message.toString();
    }
}
