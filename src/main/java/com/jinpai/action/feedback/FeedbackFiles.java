package com.jinpai.action.feedback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jinpai.action.ActionMessages;
import com.jinpai.action.ActionRule;
import com.jinpai.action.list.ActionListColumns;
import com.jinpai.action.list.SpreadsheetText;
import com.jinpai.system.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a handed-back list, CSV (UTF-8 with or without BOM, or GBK as Excel saves it on a Chinese
 * Windows) or XLSX (first sheet), by its header names,
 * so moved or added columns do not matter. Rows are numbered as a spreadsheet shows them.
 */
final class FeedbackFiles {

    private static final List<String> REQUIRED = List.of(ActionListColumns.CUSTOMER_ID, ActionListColumns.RULE,
            ActionListColumns.PERIOD, ActionListColumns.STATUS);

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The languages a list can be written in: a handed-back list may be in any of them. */
    private static final List<ActionMessages> LANGUAGES = List.of(ActionMessages.of(Locale.CHINESE),
            ActionMessages.of(Locale.ENGLISH));

    private FeedbackFiles() {
    }

    static List<FeedbackRow> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new FeedbackFileException("feedback file " + file + " does not exist or is not a file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv")) {
                return readCsv(file);
            }
            if (name.endsWith(".xlsx")) {
                return readXlsx(file);
            }
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof FeedbackFileException known) {
                throw known;
            }
            throw new FeedbackFileException("cannot read feedback file " + file + ": " + ex.getMessage()
                    + " (hand back the .csv or .xlsx list as it was sent, with the status column filled in)", ex);
        }
        throw new FeedbackFileException("feedback file " + file + " is neither .csv nor .xlsx: hand back the list "
                + "in the format it was sent");
    }

    private static List<FeedbackRow> readCsv(Path file) throws IOException {
        List<FeedbackRow> rows = new ArrayList<>();
        try (CSVParser parser = CsvFiles.read(file, encodingOf(file), ',')) {
            Map<String, Integer> columns = columns(file, parser.getHeaderNames());
            for (CSVRecord record : parser) {
                // the header is spreadsheet row 1 and not a record, so record n is row n + 1
                int rowNumber = (int) record.getRecordNumber() + 1;
                rows.add(new FeedbackRow(rowNumber, csvValue(record, columns, ActionListColumns.CUSTOMER_ID),
                        ruleCode(csvValue(record, columns, ActionListColumns.RULE)),
                        csvValue(record, columns, ActionListColumns.PERIOD),
                        csvValue(record, columns, ActionListColumns.STATUS),
                        csvValue(record, columns, ActionListColumns.SITUATION),
                        csvValue(record, columns, ActionListColumns.NOTE)));
            }
        }
        return rows;
    }

    /**
     * UTF-8 as sent; but Excel on a Chinese Windows saves "CSV" in the ANSI code page (GBK), so a
     * file that is not valid UTF-8 is read as GB18030, which contains GBK, and notes stay readable.
     */
    static Charset encodingOf(Path file) throws IOException {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)));
            return StandardCharsets.UTF_8;
        }
        catch (CharacterCodingException ex) {
            return GB18030;
        }
    }

    private static String csvValue(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index != null && index < record.size() ? clean(record.get(index)) : "";
    }

    private static List<FeedbackRow> readXlsx(Path file) throws IOException {
        List<FeedbackRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<Row> sheet = workbook.getFirstSheet().read();
            if (sheet.isEmpty()) {
                throw new FeedbackFileException("feedback file " + file + " has an empty first sheet: expected the "
                        + "header row " + REQUIRED);
            }
            List<String> header = new ArrayList<>();
            Row headerRow = sheet.get(0);
            for (int c = 0; c < headerRow.getCellCount(); c++) {
                header.add(xlsxValue(headerRow, c));
            }
            Map<String, Integer> columns = columns(file, header);
            for (Row row : sheet.subList(1, sheet.size())) {
                rows.add(new FeedbackRow(row.getRowNum(), xlsxValue(row, columns.get(ActionListColumns.CUSTOMER_ID)),
                        ruleCode(xlsxValue(row, columns.get(ActionListColumns.RULE))),
                        xlsxValue(row, columns.get(ActionListColumns.PERIOD)),
                        xlsxValue(row, columns.get(ActionListColumns.STATUS)),
                        xlsxValue(row, columns.get(ActionListColumns.SITUATION)),
                        xlsxValue(row, columns.get(ActionListColumns.NOTE))));
            }
        }
        return rows;
    }

    private static String xlsxValue(Row row, Integer column) {
        if (column == null) {
            return "";
        }
        return row.getOptionalCell(column).map(Cell::getText).map(FeedbackFiles::clean).orElse("");
    }

    private static String clean(String value) {
        return value == null ? "" : SpreadsheetText.restore(value.strip());
    }

    /** The rule code of a rule cell: the code itself or its name in any language's bundle. */
    private static String ruleCode(String cell) {
        for (ActionMessages words : LANGUAGES) {
            for (ActionRule rule : ActionRule.values()) {
                if (words.rule(rule).equals(cell)) {
                    return rule.name();
                }
            }
        }
        return cell;
    }

    /**
     * Column index by column id; a header is the id or its header in any language's bundle, so a
     * list handed back after the language setting changed still reads. Every required column must be there.
     */
    private static Map<String, Integer> columns(Path file, List<String> header) {
        Map<String, String> ids = new HashMap<>();
        for (String id : ActionListColumns.ALL) {
            ids.put(id, id);
            for (ActionMessages words : LANGUAGES) {
                ids.putIfAbsent(words.column(id).toLowerCase(Locale.ROOT), id);
            }
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            columns.putIfAbsent(ids.getOrDefault(name, name), i);
        }
        List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new FeedbackFileException("feedback file " + file + " lacks the column(s) " + missing
                    + " in its header row: hand back the list as it was sent, with the status column filled in");
        }
        return columns;
    }
}
