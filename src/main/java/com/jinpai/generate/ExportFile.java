package com.jinpai.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.jinpai.generate.GenerateResult.GeneratedFile;
import com.jinpai.system.CsvFiles;
import org.apache.commons.csv.CSVPrinter;

/**
 * One output file being written. It is written under a ".part" name and renamed when complete, so
 * an ingest watching the folder never picks up half a file, and a failed run leaves none behind.
 */
final class ExportFile implements Closeable {

    private final String source;
    private final Path target;
    private final Path partial;
    private final CSVPrinter printer;
    private long rows;
    private boolean finished;

    ExportFile(String source, Path target, String... header) throws IOException {
        this.source = source;
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        this.printer = CsvFiles.write(partial, false, header);
    }

    void row(Object... values) throws IOException {
        printer.printRecord(values);
        rows++;
    }

    long rows() {
        return rows;
    }

    GeneratedFile finish() throws IOException {
        printer.close();
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        finished = true;
        return new GeneratedFile(source, target, rows, Files.size(target));
    }

    /** Abandons an unfinished file. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            try {
                printer.close();
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
