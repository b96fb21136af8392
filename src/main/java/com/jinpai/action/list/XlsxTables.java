package com.jinpai.action.list;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@link Table}s as an XLSX workbook with fastexcel: one sheet per table, header row bold,
 * frozen, filterable and repeated on every printed page, numeric headers right-aligned over their
 * figures, column widths set, printed on A4 landscape one page wide, long text wrapped, money and counts as
 * numeric cells, dates as date cells, text neutralised.
 *
 * <p>fastexcel stamps {@code docProps/core.xml} with the wall-clock time ({@code dcterms:created}),
 * so two runs would differ. The package is therefore re-zipped as fastexcel writes it
 * ({@link StampedPackage}): the creation stamp becomes the list's as-of date and every zip entry gets
 * that same time, which makes the bytes a function of the content only. fastexcel's own package is
 * only stored, not compressed: the re-zip is the one compression.
 */
final class XlsxTables {

    private static final String APPLICATION = "Jinpai";
    private static final String APPLICATION_VERSION = "1.0";
    /** Bytes gathered before a write to the file, and before a hand-over of fastexcel's package to the re-zip. */
    private static final int FILE_BUFFER = 64 * 1024;
    private static final int FLUSH_EVERY_ROWS = 5_000;
    /**
     * Points per line of wrapped text: the default row height of the default font (11 pt), with room
     * for the taller CJK glyphs of Excel's and LibreOffice's fallback fonts.
     */
    private static final double LINE_POINTS = 15.5;
    /**
     * The share of a column's width a wrapped line fills on average: lines break between words
     * (or before a CJK punctuation mark), so the last few characters' room stays empty.
     */
    private static final double LINE_FILL = 0.9;
    private static final String TOP = "top";
    private static final int LINE_TABULATION = 0x0B;
    private static final int NEXT_LINE = 0x85;
    private static final int LINE_SEPARATOR = 0x2028;
    private static final int PARAGRAPH_SEPARATOR = 0x2029;
    private static final int BMP = 0x10000;
    /**
     * {@link #units} of every code point of the Basic Multilingual Plane, worked out once: the script and block
     * look-ups per character were a tenth of a reason-heavy list's writing time.
     */
    private static final byte[] BMP_UNITS = new byte[BMP];

    static {
        for (int codePoint = 0; codePoint < BMP; codePoint++) {
            BMP_UNITS[codePoint] = (byte) widthUnits(codePoint);
        }
    }

    private XlsxTables() {
    }

    static void write(Path file, LocalDate asOf, List<Table> tables) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // written beside and moved in place once whole: a failed workbook leaves no half file under the list's name
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), FILE_BUFFER);
                    ZipOutputStream zip = new ZipOutputStream(out);
                    StampedPackage stamped = new StampedPackage(zip, asOf)) {
                // fastexcel hands its package over in small pieces: gathered, so each entry is re-read in large ones
                OutputStream pieces = new BufferedOutputStream(stamped, FILE_BUFFER);
                Workbook workbook = new Workbook(pieces, APPLICATION, APPLICATION_VERSION);
                // the package is compressed once, when stamped: fastexcel's is only stored
                workbook.setCompressionLevel(Deflater.NO_COMPRESSION);
                for (Table table : tables) {
                    writeSheet(workbook.newWorksheet(table.sheetName()), table);
                }
                workbook.finish();
                pieces.flush();
                stamped.finish();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
        finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void writeSheet(Worksheet sheet, Table table) throws IOException {
        List<Table.Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Table.Column column = columns.get(c);
            sheet.width(c, column.width());
            sheet.value(0, c, column.name());
            // a number's or date's header stands over its figures: right-aligned like them, text headers left
            sheet.style(0, c).bold().horizontalAlignment(column.kind() == Table.Kind.TEXT ? "left" : "right").set();
        }
        sheet.freezePane(0, 1);
        // managers filter by priority or rule, and print their list on A4 landscape pages one wide,
        // the header row repeated on every page
        sheet.setAutoFilter(0, 0, columns.size() - 1);
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(0);
        List<List<Object>> rows = table.rows();
        // rows are held until a flush writes them; their cells are styled just before, a column's run at a time
        for (int first = 0; first < rows.size(); first += FLUSH_EVERY_ROWS) {
            int end = Math.min(rows.size(), first + FLUSH_EVERY_ROWS);
            for (int i = first; i < end; i++) {
                writeRow(sheet, i + 1, columns, rows.get(i));
            }
            styleBlock(sheet, columns, rows, first, end);
            if (end - first == FLUSH_EVERY_ROWS) {
                sheet.flush();
            }
        }
        sheet.finish();
    }

    private static void writeRow(Worksheet sheet, int r, List<Table.Column> columns, List<Object> row) {
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            Object value = row.get(c);
            if (value == null) {
                continue;
            }
            Table.Column column = columns.get(c);
            value(sheet, r, c, column, value);
            if (column.wrap()) {
                lines = Math.max(lines, lines(value.toString(), column.width()));
            }
        }
        if (lines > 1) {
            // spreadsheets keep a written file's row heights: a wrapped cell shows only what its row holds
            sheet.rowHeight(r, Math.min(Worksheet.MAX_ROW_HEIGHT, lines * LINE_POINTS));
        }
    }

    private static void value(Worksheet sheet, int r, int c, Table.Column column, Object value) {
        switch (column.kind()) {
            case TEXT -> sheet.value(r, c, SpreadsheetText.neutralise(value.toString()));
            case MONEY -> sheet.value(r, c, (BigDecimal) value);
            case COUNT -> sheet.value(r, c, (Number) value);
            case DATE -> sheet.value(r, c, (LocalDate) value);
        }
    }

    /**
     * Styles the filled cells of table rows {@code [first, end)} (sheet rows one lower). A column's
     * cells share one style, so each unbroken run of filled cells in a column is styled at once: a
     * style is looked up per run, not per cell (the lookup was most of the writing time). The package
     * numbers its styles in the order they are first used, so the columns are styled in the order a
     * cell-by-cell pass (row after row, left to right) would first use their styles: the same
     * {@code styles.xml} and the same style number in every cell.
     */
    private static void styleBlock(Worksheet sheet, List<Table.Column> columns, List<List<Object>> rows, int first,
            int end) {
        for (int c : CellStyles.columnOrder(columns, rows.subList(first, end))) {
            Table.Column column = columns.get(c);
            int run = -1;
            for (int i = first; i <= end; i++) {
                boolean filled = i < end && rows.get(i).get(c) != null;
                if (filled && run < 0) {
                    run = i;
                }
                else if (!filled && run >= 0) {
                    style(sheet.range(run + 1, c, i, c).style(), column).set();
                    run = -1;
                }
            }
        }
    }

    /**
     * Every cell stands at the top of its row, so the figures of a row made tall by a wrapped reason
     * stay level with the reason's first line.
     */
    private static StyleSetter style(StyleSetter style, Table.Column column) {
        return switch (column.kind()) {
            // a long reason wraps in its column instead of being cut off at the next one
            case TEXT -> style.wrapText(column.wrap()).verticalAlignment(TOP);
            case MONEY -> style.format("0.00").verticalAlignment(TOP);
            case COUNT -> style.verticalAlignment(TOP);
            case DATE -> style.format("yyyy-mm-dd").verticalAlignment(TOP);
        };
    }

    /**
     * The lines a text needs in a wrapped column {@code width} characters wide: a CJK or full-width
     * character takes two character widths, anything else one; each line break starts a new line.
     */
    static int lines(String text, int width) {
        double room = width * LINE_FILL;
        int lines = 0;
        int units = 0;
        // one pass over the characters (a split and a code point stream per cell were a twentieth of the writing):
        // a line break as \R knows it ends a paragraph, CR LF counting as one
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isLineBreak(codePoint)) {
                if (codePoint == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                lines += paragraphLines(units, room);
                units = 0;
            }
            else {
                units += units(codePoint);
            }
        }
        return lines + paragraphLines(units, room);
    }

    private static int paragraphLines(int units, double room) {
        return Math.max(1, (int) Math.ceil(units / room));
    }

    /** The characters {@code \R} matches as a line break. */
    private static boolean isLineBreak(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == LINE_TABULATION || codePoint == '\f'
                || codePoint == NEXT_LINE || codePoint == LINE_SEPARATOR || codePoint == PARAGRAPH_SEPARATOR;
    }

    private static int units(int codePoint) {
        return codePoint < BMP ? BMP_UNITS[codePoint] : widthUnits(codePoint);
    }

    /** How many narrow columns a code point takes: two for CJK scripts and full-width forms, one for the rest. */
    static int widthUnits(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
        return wide ? 2 : 1;
    }
}
