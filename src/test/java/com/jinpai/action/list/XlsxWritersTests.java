package com.jinpai.action.list;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Workbooks written on worker threads are the bytes the caller would have written, and a failure is not lost. */
class XlsxWritersTests {

    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 5);
    private static final int LISTS = 7;

    @TempDir
    Path dir;

    private static Table table(int list) {
        List<Table.Column> columns = List.of(new Table.Column("customer_id", Table.Kind.TEXT, 14),
                new Table.Column("reason", Table.Kind.TEXT, 40, true),
                new Table.Column("spend", Table.Kind.MONEY, 10), new Table.Column("due", Table.Kind.DATE, 12));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 100 * list + 1; i++) {
            rows.add(Arrays.asList("C" + list + "-" + i, i % 3 == 0 ? null : "spend fell to " + i + "% " + "x".repeat(i % 90),
                    BigDecimal.valueOf(i * 37L - 500, 2), AS_OF.plusDays(i % 9)));
        }
        return new Table("list " + list, columns, rows);
    }

    @Test
    void workbooksWrittenByWorkersAreByteForByteThoseOfTheCaller() throws IOException {
        Path serial = Files.createDirectories(dir.resolve("serial"));
        Path workers = Files.createDirectories(dir.resolve("workers"));
        for (int list = 0; list < LISTS; list++) {
            XlsxTables.write(serial.resolve(list + ".xlsx"), AS_OF, List.of(table(list)));
        }

        long nanos;
        try (XlsxWriters writers = new XlsxWriters(2)) {
            for (int list = 0; list < LISTS; list++) {
                writers.write(workers.resolve(list + ".xlsx"), AS_OF, List.of(table(list)));
            }
            nanos = writers.finish();
        }

        assertThat(nanos).isPositive();
        for (int list = 0; list < LISTS; list++) {
            assertThat(Files.readAllBytes(workers.resolve(list + ".xlsx")))
                    .as("list %d", list).isEqualTo(Files.readAllBytes(serial.resolve(list + ".xlsx")));
        }
    }

    @Test
    void withoutWorkersEachWorkbookIsWrittenAtOnce() throws IOException {
        try (XlsxWriters writers = new XlsxWriters(0)) {
            writers.write(dir.resolve("now.xlsx"), AS_OF, List.of(table(1)));
            assertThat(dir.resolve("now.xlsx")).exists();
            writers.finish();
        }
    }

    @Test
    void aWorkbookThatCannotBeWrittenFailsTheFinish() throws IOException {
        // a file where the workbook's folder should be: the worker cannot create it
        Path blocked = Files.writeString(dir.resolve("blocked"), "not a folder");
        try (XlsxWriters writers = new XlsxWriters(1)) {
            writers.write(dir.resolve("fine.xlsx"), AS_OF, List.of(table(0)));
            writers.write(blocked.resolve("list.xlsx"), AS_OF, List.of(table(1)));
            assertThatThrownBy(writers::finish).isInstanceOf(IOException.class);
        }
    }
}
