package com.jinpai.action.list;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jinpai.system.CsvFiles;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Table} as CSV through {@link CsvFiles}: UTF-8 with BOM so Excel shows Chinese
 * text, text neutralised, money as plain decimals with 2 places ({@code -12.50}, read by Excel as a
 * number), dates ISO.
 */
final class CsvTables {

    private CsvTables() {
    }

    static void write(Path file, Table table) throws IOException {
        try (CSVPrinter printer = CsvFiles.write(file, true, table.header().toArray(String[]::new))) {
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    cells.add(cell(table.columns().get(i).kind(), row.get(i)));
                }
                printer.printRecord(cells);
            }
        }
    }

    private static String cell(Table.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> SpreadsheetText.neutralise(value.toString());
            case MONEY -> ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP).toPlainString();
            case COUNT -> Long.toString(((Number) value).longValue());
            case DATE -> ((LocalDate) value).toString();
        };
    }
}
