package com.jinpai.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.jinpai.ingest.RowValidator.RejectedRow;
import com.jinpai.system.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Streams one export through {@link CsvFiles#read} and validates it, a batch at a time: memory
 * holds one batch whatever the size of the file.
 */
final class ExportReader implements AutoCloseable {

    private static final String QUOTING_REMEDY = "Check the quoting near that line: a value holding the delimiter,"
            + " a quote or a line break must be enclosed in double quotes, with each inner quote doubled";

    private final InboxFile file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final RowValidator validator;
    private final char delimiter;
    private final int batchSize;
    /** The line the last good record ended on: a record that cannot be parsed starts after it. */
    private long lastLine;

    private ExportReader(InboxFile file, CSVParser parser, RowValidator validator, char delimiter, int batchSize) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        this.validator = validator;
        this.delimiter = delimiter;
        this.batchSize = batchSize;
        this.lastLine = parser.getCurrentLineNumber();
    }

    static ExportReader open(InboxFile file, SourceMapping mapping, RowValidator.Context context, int batchSize)
            throws UnreadableFileException {
        Layout layout = Layout.of(file.source());
        CSVParser parser;
        try {
            parser = CsvFiles.read(file.path(), mapping.encoding(), mapping.delimiter());
        }
        catch (IllegalArgumentException | UncheckedIOException ex) {
            throw new UnreadableFileException(file.name(), 1, "the header row cannot be read: " + ex.getMessage(),
                    "The first line must name every column once. " + QUOTING_REMEDY);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot open " + file.path(), ex);
        }
        try {
            List<String> header = parser.getHeaderNames();
            String property = "jinpai.sources." + file.source().id();
            if (header.isEmpty()) {
                throw new UnreadableFileException(file.name(), 1, "the file is empty",
                        "An export starts with a header row naming its columns");
            }
            RowValidator validator = new RowValidator(layout, mapping, header, context);
            List<String> missing = validator.missingColumns();
            if (!missing.isEmpty()) {
                boolean garbled = header.stream().anyMatch(name -> name.indexOf('\uFFFD') >= 0);
                throw new UnreadableFileException(file.name(), 1,
                        "the header has no column for " + String.join(", ", missing) + "; its columns are " + header,
                        garbled ? "The header is not valid " + mapping.encoding() + ": set " + property
                                + ".encoding in config/sources.yml to the encoding of the export"
                                : "Add the columns to the export, or map each field to the header the file uses under "
                                        + property + ".headers in config/sources.yml");
            }
            checkNoRepeatedColumn(file, header, layout, mapping);
            return new ExportReader(file, parser, validator, mapping.delimiter(), batchSize);
        }
        catch (UnreadableFileException | RuntimeException ex) {
            closeQuietly(parser);
            throw ex;
        }
    }

    /** The next batch, or null after the last one. */
    @Nullable Batch next() throws UnreadableFileException {
        List<Object[]> rows = new ArrayList<>(batchSize);
        List<Reject> rejects = new ArrayList<>();
        long[] lines = new long[batchSize];
        long read = 0;
        while (read < batchSize && hasNext()) {
            CSVRecord record = records.next();
            long before = lastLine;
            lastLine = parser.getCurrentLineNumber();
            // a record that moved the parser on by one line holds no line break: it starts where it ends
            long line = lastLine - before <= 1 ? lastLine : Reject.startLine(record, lastLine);
            read++;
            try {
                Object[] row = validator.validate(record);
                lines[rows.size()] = line;
                rows.add(row);
            }
            catch (RejectedRow rejected) {
                rejects.add(new Reject(line, rejected.field(), rejected.reason(), Reject.rawText(record, delimiter)));
            }
        }
        return read == 0 ? null : new Batch(rows, lines, rejects, read);
    }

    private boolean hasNext() throws UnreadableFileException {
        try {
            return records.hasNext();
        }
        catch (UncheckedIOException ex) {
            if (ex.getCause() instanceof org.apache.commons.csv.CSVException) {
                throw new UnreadableFileException(file.name(), lastLine + 1,
                        "cannot be parsed: " + ex.getCause().getMessage(), QUOTING_REMEDY);
            }
            throw ex;
        }
    }

    @Override
    public void close() {
        closeQuietly(parser);
    }

    private static void checkNoRepeatedColumn(InboxFile file, List<String> header, Layout layout,
            SourceMapping mapping) throws UnreadableFileException {
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            boolean mapped = layout.fields().stream().anyMatch(field -> mapping.header(field.name()).equals(name));
            if (mapped && !seen.add(name)) {
                throw new UnreadableFileException(file.name(), 1, "the header names column '" + name + "' twice",
                        "Each mapped column must appear once in the header row");
            }
        }
    }

    private static void closeQuietly(CSVParser parser) {
        try {
            parser.close();
        }
        catch (IOException ex) {
            // nothing was written; a failed close of a read-only file loses nothing
        }
    }
}
