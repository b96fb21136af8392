package com.jinpai.action.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackFilesTests {

    @TempDir
    Path dir;

    @Test
    void aCsvSavedByExcelInGbkKeepsItsChineseNote() throws IOException {
        Path file = dir.resolve("back.csv");
        Files.write(file, ("customer_id,rule,period,status\r\nC01,ARREARS_NOTICE,2024-10,已电话联系，周五缴费\r\n")
                .getBytes(Charset.forName("GBK")));

        assertThat(FeedbackFiles.encodingOf(file)).isEqualTo(Charset.forName("GB18030"));
        assertThat(FeedbackFiles.read(file)).containsExactly(
                new FeedbackRow(2, "C01", "ARREARS_NOTICE", "2024-10", "已电话联系，周五缴费", "", ""));
    }

    @Test
    void aUtf8CsvIsReadByHeaderNameWithNeutralisedValuesRestored() throws IOException {
        Path file = dir.resolve("back.csv");
        Files.writeString(file, "\uFEFFnote,Status,period,RULE,customer_id\r\nx,'=DONE?,2024-10,SPEND_DROP,'-C1\r\n"
                + ",,,,\r\ny,DONE,2024-10,SPEND_DROP,C2\r\n", StandardCharsets.UTF_8);

        assertThat(FeedbackFiles.encodingOf(file)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(FeedbackFiles.read(file)).containsExactly(
                new FeedbackRow(2, "-C1", "SPEND_DROP", "2024-10", "=DONE?", "", "x"),
                new FeedbackRow(3, "", "", "", "", "", ""),
                new FeedbackRow(4, "C2", "SPEND_DROP", "2024-10", "DONE", "", "y"));
    }

    @Test
    void anXlsxIsReadFromItsFirstSheetWithSpreadsheetRowNumbers() throws IOException {
        Path file = dir.resolve("back.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Excel", "16.0");
            Worksheet sheet = workbook.newWorksheet("Actions");
            List<String> header = List.of("customer_id", "rule", "period", "status");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "C01");
            sheet.value(1, 1, "NEW_VIP_WELCOME");
            sheet.value(1, 2, "2024-10");
            sheet.value(1, 3, "DONE");
            // a gap row, then a row without status
            sheet.value(3, 0, "C02");
            sheet.value(3, 1, "ARREARS_NOTICE");
            sheet.value(3, 2, "2024-10");
            workbook.finish();
        }

        assertThat(FeedbackFiles.read(file)).containsExactly(
                new FeedbackRow(2, "C01", "NEW_VIP_WELCOME", "2024-10", "DONE", "", ""),
                new FeedbackRow(4, "C02", "ARREARS_NOTICE", "2024-10", "", "", ""));
    }
}
