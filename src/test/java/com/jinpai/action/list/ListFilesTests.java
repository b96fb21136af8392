package com.jinpai.action.list;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jinpai.action.ActionMessages;
import com.jinpai.action.ActionRule;
import com.jinpai.action.ActionStatus;
import com.jinpai.action.Priority;
import com.jinpai.system.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A list with hostile text and negative money, written as CSV and XLSX and read back. */
class ListFilesTests {

    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 5);
    private static final ActionMessages WORDS = ActionMessages.of(java.util.Locale.ENGLISH);
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+1", "-1",
            "\tcmd");

    @TempDir
    Path dir;

    private static List<ActionListRow> rows() {
        return HOSTILE.stream().map(name -> new ActionListRow(Priority.P1, LocalDate.of(2024, 11, 10), AS_OF, "2024-10",
                "C00" + HOSTILE.indexOf(name), name, "138****5678", "-Region", "GOLD", ActionRule.SPEND_DROP,
                "October 2024 spend -12.50, -4% of the prior average 300.00", new BigDecimal("-12.50"),
                new BigDecimal("300.00"), ActionStatus.OPEN, null, "@M1", "customer")).toList();
    }

    @Test
    void csvStartsWithABomNeutralisesTextAndKeepsNumbersAsNumbers() throws IOException {
        Path file = dir.resolve("list.csv");
        CsvTables.write(file, ListTables.actions(rows(), WORDS));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(",=", ",@", ",+", ",\t").contains(",-12.50,300.00,");

        try (CSVParser parser = CsvFiles.read(file, StandardCharsets.UTF_8, ',')) {
            assertThat(parser.getHeaderNames()).isEqualTo(ActionListColumns.ALL);
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(HOSTILE.size());
            for (int i = 0; i < HOSTILE.size(); i++) {
                CSVRecord record = records.get(i);
                assertThat(record.get(ActionListColumns.CUSTOMER_NAME)).isEqualTo("'" + HOSTILE.get(i));
                assertThat(record.get(ActionListColumns.REGION)).isEqualTo("'-Region");
                assertThat(record.get(ActionListColumns.MANAGER_ID)).isEqualTo("'@M1");
                assertThat(record.get(ActionListColumns.SPEND)).isEqualTo("-12.50");
                assertThat(record.get(ActionListColumns.DUE_DATE)).isEqualTo("2024-11-10");
                assertThat(record.get(ActionListColumns.PHONE)).isEqualTo("138****5678");
            }
        }
    }

    @Test
    void xlsxNeutralisesTextWritesNumericCellsFreezesTheHeaderAndSetsWidths() throws IOException {
        Path file = dir.resolve("list.xlsx");
        XlsxTables.write(file, AS_OF, List.of(ListTables.actions(rows(), WORDS)));

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet).hasSize(1 + HOSTILE.size());
            for (int c = 0; c < ActionListColumns.ALL.size(); c++) {
                assertThat(sheet.get(0).getCellText(c)).isEqualTo(ActionListColumns.ALL.get(c));
            }
            int spend = ActionListColumns.ALL.indexOf(ActionListColumns.SPEND);
            int due = ActionListColumns.ALL.indexOf(ActionListColumns.DUE_DATE);
            int name = ActionListColumns.ALL.indexOf(ActionListColumns.CUSTOMER_NAME);
            for (int i = 0; i < HOSTILE.size(); i++) {
                Row row = sheet.get(i + 1);
                assertThat(row.getCellText(name)).isEqualTo("'" + HOSTILE.get(i));
                assertThat(row.getCell(name).getType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(spend).getType()).isEqualTo(CellType.NUMBER);
                assertThat(row.getCellAsNumber(spend)).hasValueSatisfying(
                        n -> assertThat(n).isEqualByComparingTo("-12.50"));
                assertThat(row.getCellAsDate(due)).contains(LocalDateTime.of(2024, 11, 10, 0, 0));
            }
        }
        String sheetXml = entry(file, "xl/worksheets/sheet1.xml");
        assertThat(sheetXml).contains("ySplit=\"1\"").contains("state=\"frozen\"").contains("<cols>")
                .contains("width=\"70").contains("paperSize=\"9\"").contains("orientation=\"landscape\"")
                .contains("fitToWidth=\"1\"");
        assertThat(entry(file, "xl/workbook.xml")).as("the header row repeats on every printed page")
                .contains("_xlnm.Print_Titles").contains("$1:$1");
        assertThat(entry(file, "docProps/core.xml")).contains(">2024-11-05T00:00:00Z</dcterms:created>");
    }

    /**
     * A long Chinese reason and a long note wrap in their columns, and their row is as tall as the
     * text: spreadsheets keep a written row height, so a one-line row would cut the reason off.
     */
    @Test
    void longReasonsAndNotesWrapInRowsTallEnoughForThem() throws IOException {
        String reason = "星级由TWO_STAR 二星级升至THREE_STAR 三星级（积分 1204）：账单积分按 1.5× 计，信用额度 200.00 元";
        String note = "已电话联系客户，客户表示下月起将恢复原套餐，请于月底前再次回访";
        List<ActionListRow> rows = List.of(row("C1", "Short reason", null), row("C2", reason, note));
        Path file = dir.resolve("long.xlsx");

        XlsxTables.write(file, AS_OF, List.of(ListTables.actions(rows, ActionMessages.of(java.util.Locale.CHINESE))));

        String sheetXml = entry(file, "xl/worksheets/sheet1.xml");
        int lines = XlsxTables.lines(reason, ActionListColumns.WIDTHS.get(ActionListColumns.ALL.indexOf(
                ActionListColumns.REASON)));
        assertThat(lines).as("%s in a 70-character column", reason).isEqualTo(2);
        assertThat(XlsxTables.lines(note, ActionListColumns.WIDTHS.get(ActionListColumns.ALL.indexOf(
                ActionListColumns.NOTE)))).as("the note in its 24-character column").isEqualTo(3);
        assertThat(sheetXml).as("the short row keeps the default height").contains("<row r=\"2\">")
                .containsPattern("<row r=\"3\" ht=\"46\\.5\"[^>]*customHeight=\"1\"");
        assertThat(entry(file, "xl/styles.xml")).contains("wrapText=\"true\"");
    }

    @Test
    void theLinesOfAWrappedTextCountCjkCharactersTwiceAndEveryLineBreak() {
        assertThat(XlsxTables.lines("", 10)).isEqualTo(1);
        assertThat(XlsxTables.lines("a".repeat(9), 10)).isEqualTo(1);
        assertThat(XlsxTables.lines("a".repeat(10), 10)).as("a line fills 90%% of the width").isEqualTo(2);
        assertThat(XlsxTables.lines("中".repeat(4), 10)).isEqualTo(1);
        assertThat(XlsxTables.lines("中".repeat(5), 10)).isEqualTo(2);
        assertThat(XlsxTables.lines("（：）", 3)).as("full-width punctuation").isEqualTo(3);
        assertThat(XlsxTables.lines("a\nb\r\nc", 10)).isEqualTo(3);
    }

    private static ActionListRow row(String customer, String reason, String note) {
        return new ActionListRow(Priority.P3, LocalDate.of(2024, 11, 19), AS_OF, "2024-10", customer, "王小明",
                "138****5678", "杭州", "GOLD", ActionRule.STAR_UPGRADE, reason, new BigDecimal("263.77"),
                new BigDecimal("291.51"), ActionStatus.OPEN, note, "M1", "customer");
    }

    @Test
    void writingTheSameListTwiceGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        XlsxTables.write(first, AS_OF, List.of(ListTables.actions(rows(), WORDS)));
        // fastexcel stamps the wall clock in milliseconds: make sure the clock has moved
        Thread.sleep(5);
        XlsxTables.write(second, AS_OF, List.of(ListTables.actions(rows(), WORDS)));
        CsvTables.write(dir.resolve("first.csv"), ListTables.actions(rows(), WORDS));
        CsvTables.write(dir.resolve("second.csv"), ListTables.actions(rows(), WORDS));

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(dir.resolve("second.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("first.csv")));
    }

    @Test
    void anEmptyListHasItsHeaderRow() throws IOException {
        Path csv = dir.resolve("empty.csv");
        Path xlsx = dir.resolve("empty.xlsx");
        CsvTables.write(csv, ListTables.actions(List.of(), WORDS));
        XlsxTables.write(xlsx, AS_OF, List.of(ListTables.actions(List.of(), WORDS)));

        try (CSVParser parser = CsvFiles.read(csv, StandardCharsets.UTF_8, ',')) {
            assertThat(parser.getHeaderNames()).isEqualTo(ActionListColumns.ALL);
            assertThat(parser.getRecords()).isEmpty();
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            assertThat(workbook.getFirstSheet().read()).hasSize(1);
        }
    }

    private static String entry(Path xlsx, String name) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in " + xlsx);
    }
}
