package com.jinpai.system;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The one place Commons CSV is configured: RFC 4180 quoting, a header row, and the byte-order
 * mark handled on both sides (stripped on read whatever the encoding says, written on request so
 * that Excel shows Chinese text in UTF-8 files).
 */
public final class CsvFiles {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final char UTF8_BOM = '\uFEFF';

    private CsvFiles() {
    }

    /** A streaming parser over a file whose first row is the header. Records are read lazily. */
    public static CSVParser read(Path file, Charset encoding, char delimiter) throws IOException {
        return read(Files.newInputStream(file), encoding, delimiter);
    }

    public static CSVParser read(InputStream in, Charset encoding, char delimiter) throws IOException {
        InputStream withoutBom = BOMInputStream.builder().setInputStream(in).get();
        Reader reader = new BufferedReader(new InputStreamReader(withoutBom, encoding), BUFFER_BYTES);
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(reader);
    }

    /** A UTF-8 CSV printer with the given header, CRLF line ends, optionally led by a BOM. */
    public static CSVPrinter write(Path file, boolean byteOrderMark, String... header) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return write(Files.newOutputStream(file), byteOrderMark, header);
    }

    public static CSVPrinter write(OutputStream out, boolean byteOrderMark, String... header) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_BYTES);
        if (byteOrderMark) {
            writer.write(UTF8_BOM);
        }
        return CSVFormat.RFC4180.builder()
                .setHeader(header)
                .get()
                .print(writer);
    }
}
