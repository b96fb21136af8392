package com.jinpai.generate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generation wrote, in the order it was written.
 *
 * @param files one entry per file
 */
public record GenerateResult(List<GeneratedFile> files) {

    /**
     * @param source the ingest ledger's source name: customers, account-managers, bill-lines,
     *               payments, usage or complaints
     * @param file   where it was written
     * @param rows   data rows, header excluded
     * @param bytes  file size
     */
    public record GeneratedFile(String source, Path file, long rows, long bytes) {
    }

    public GenerateResult {
        files = List.copyOf(files);
    }

    /** Data rows per source, sources in the order they were first written. */
    public Map<String, Long> rowsBySource() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (GeneratedFile file : files) {
            rows.merge(file.source(), file.rows(), Long::sum);
        }
        return rows;
    }

    public long totalBytes() {
        return files.stream().mapToLong(GeneratedFile::bytes).sum();
    }
}
