package com.jinpai.action.list;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.jinpai.action.list.Table.Column;
import com.jinpai.action.list.Table.Kind;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists' cells are styled a column run at a time; a cell-by-cell pass (the way a spreadsheet
 * library is usually driven, and how the lists were written before) must give the same styles, the
 * same style numbers in every cell and the same rows, across the blocks of rows written at a time.
 */
class XlsxStylesTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);
    private static final int BLOCK = 5_000;

    @TempDir
    Path dir;

    /**
     * Text, a date, money, wrapped text, a count and a mostly empty wrapped note. The first row
     * lacks the date and the money; the money column is empty in the whole first block and the
     * date's first value comes in the second block after the money's first on an earlier row, so
     * cell-by-cell those two styles are first used in another order than the columns stand in.
     */
    private static Table table() {
        List<Column> columns = List.of(new Column("id", Kind.TEXT, 10), new Column("due", Kind.DATE, 12),
                new Column("spend", Kind.MONEY, 12), new Column("reason", Kind.TEXT, 30, true),
                new Column("count", Kind.COUNT, 6), new Column("note", Kind.TEXT, 20, true));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2 * BLOCK + 1_234; i++) {
            LocalDate due = i < BLOCK + 10 || i % 7 == 0 ? null : AS_OF.plusDays(i % 30);
            BigDecimal spend = i < BLOCK + 5 || i % 11 == 0 ? null : BigDecimal.valueOf(i * 7L, 2);
            String reason = i % 13 == 0 ? null : "reason " + i + (i % 17 == 0 ? " that runs on".repeat(6) : "");
            String note = i % 997 == 3 ? "called back, customer to return to the plan next month" : null;
            rows.add(Arrays.asList("C" + i, due, spend, reason, i % 5 == 0 ? null : (long) i, note));
        }
        return new Table("Actions", columns, rows);
    }

    @Test
    void columnRunsGiveTheStylesAndCellsOfStylingEveryCell() throws IOException {
        Table table = table();
        Path runs = dir.resolve("runs.xlsx");
        XlsxTables.write(runs, AS_OF, List.of(table));
        Map<String, String> reference = cellByCell(table, dir.resolve("cells.xlsx"));

        Map<String, String> written = entries(runs);
        assertThat(written.get("xl/styles.xml")).isEqualTo(reference.get("xl/styles.xml"))
                .contains("numFmt").contains("wrapText=\"true\"");
        String sheetData = sheetData(written.get("xl/worksheets/sheet1.xml"));
        assertThat(sheetData).isEqualTo(sheetData(reference.get("xl/worksheets/sheet1.xml")));
        assertThat(sheetData).as("an empty cell stays out of the sheet").doesNotContain("<c r=\"F2\"")
                .contains("<c r=\"F5\"");
    }

    @Test
    void columnsAreStyledInTheOrderTheirStylesAreFirstUsedRowAfterRow() {
        List<Column> columns = List.of(new Column("due", Kind.DATE, 12), new Column("id", Kind.TEXT, 10),
                new Column("spend", Kind.MONEY, 12), new Column("name", Kind.TEXT, 10),
                new Column("empty", Kind.COUNT, 6));
        List<List<Object>> rows = List.of(Arrays.asList(null, "C1", null, "A", null),
                Arrays.asList(null, "C2", BigDecimal.ONE, "B", null), Arrays.asList(AS_OF, "C3", null, null, null));

        assertThat(CellStyles.columnOrder(columns, rows)).containsExactly(1, 3, 2, 0, 4);
        assertThat(CellStyles.columnOrder(columns, List.of())).containsExactly(0, 1, 2, 3, 4);
    }

    /** The package's entries the way the lists were written before: every filled cell styled on its own. */
    private static Map<String, String> cellByCell(Table table, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeCellByCell(table, out);
        }
        return entries(file);
    }

    private static void writeCellByCell(Table table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Jinpai", "1.0");
        Worksheet sheet = workbook.newWorksheet(table.sheetName());
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).name());
            sheet.style(0, c).bold().horizontalAlignment(columns.get(c).kind() == Kind.TEXT ? "left" : "right").set();
        }
        for (int i = 0; i < table.rows().size(); i++) {
            int r = i + 1;
            int lines = 1;
            for (int c = 0; c < columns.size(); c++) {
                Object value = table.rows().get(i).get(c);
                Column column = columns.get(c);
                if (value == null) {
                    continue;
                }
                switch (column.kind()) {
                    case TEXT -> {
                        sheet.value(r, c, SpreadsheetText.neutralise(value.toString()));
                        sheet.style(r, c).wrapText(column.wrap()).verticalAlignment("top").set();
                    }
                    case MONEY -> {
                        sheet.value(r, c, (BigDecimal) value);
                        sheet.style(r, c).format("0.00").verticalAlignment("top").set();
                    }
                    case COUNT -> {
                        sheet.value(r, c, (Number) value);
                        sheet.style(r, c).verticalAlignment("top").set();
                    }
                    case DATE -> {
                        sheet.value(r, c, (LocalDate) value);
                        sheet.style(r, c).format("yyyy-mm-dd").verticalAlignment("top").set();
                    }
                }
                if (column.wrap()) {
                    lines = Math.max(lines, XlsxTables.lines(value.toString(), column.width()));
                }
            }
            if (lines > 1) {
                sheet.rowHeight(r, Math.min(Worksheet.MAX_ROW_HEIGHT, lines * 15.5));
            }
        }
        sheet.finish();
        workbook.finish();
    }

    /** Read through the central directory: fastexcel's own packages carry ZIP64 data descriptors. */
    private static Map<String, String> entries(Path xlsx) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream data = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), new String(data.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return entries;
    }

    private static String sheetData(String sheetXml) {
        return sheetXml.substring(sheetXml.indexOf("<sheetData>"), sheetXml.indexOf("</sheetData>"));
    }
}
