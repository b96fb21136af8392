package com.jinpai.action.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.jinpai.action.ActionFixtures;
import com.jinpai.action.ActionsTestJob;
import com.jinpai.action.list.ActionListColumns;
import com.jinpai.action.list.ActionListService;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import com.jinpai.system.BusinessCalendar;
import com.jinpai.system.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lists handed back as CSV and XLSX: matching rows mark their actions DONE, everything else is
 * reported with its row number and reason.
 */
abstract class FeedbackImportIntegrationTests {

    private static final java.time.YearMonth OCTOBER = java.time.YearMonth.of(2024, 10);
    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 5);

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    Flow actionsFlow;

    @Autowired
    JobOperatorTestUtils jobOperator;

    @Autowired
    ActionListService lists;

    @Autowired
    FeedbackImportService feedback;

    @Autowired
    BusinessCalendar calendar;

    @TempDir
    Path dir;

    JdbcTemplate jdbc;
    ActionsTestJob job;

    /** M1 looks after C01 (welcome, P2) and C02 (arrears, P2) and C03 (complaint, P1, due next day). */
    @BeforeEach
    void issueOctober() throws Exception {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        new ActionFixtures(jdbc).evaluated(OCTOBER.minusMonths(1)).manager("M1", "Hangzhou", 10)
                .customer("C01", "王小明", "13800000001", "Hangzhou")
                .customer("C02", "=cmd|'/c calc'!A1", "13800000002", "Hangzhou")
                .customer("C03", "李雷", "13800000003", "Hangzhou")
                .month(OCTOBER, "C01", "Hangzhou").tier("GOLD", "SILVER").insert()
                .month(OCTOBER, "C02", "Hangzhou").arrears("20.00").insert()
                .month(OCTOBER, "C03", "Hangzhou").insert()
                .complaint("T1", "C03", java.time.LocalDateTime.of(2024, 11, 1, 8, 0), null);
        job = new ActionsTestJob(jobRepository, actionsFlow, jobOperator);
        job.run(OCTOBER, AS_OF);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vip_action WHERE status = 'OPEN'", Integer.class))
                .isEqualTo(3);
    }

    @Test
    void aCsvHandedBackMarksItsRowsDoneAndReportsEveryOtherRow() throws Exception {
        List<List<String>> rows = csv(lists.folder(OCTOBER).resolve("manager-M1.csv"));
        // list order: C03 complaint (P1), C01 welcome (P2, due 11-12)... C02 arrears (P2, due 11-08) first
        int customer = ActionListColumns.ALL.indexOf(ActionListColumns.CUSTOMER_ID);
        int rule = ActionListColumns.ALL.indexOf(ActionListColumns.RULE);
        assertThat(rows).extracting(row -> row.get(customer) + " " + row.get(rule)).containsExactly(
                "C03 COMPLAINT_ESCALATION", "C02 ARREARS_NOTICE", "C01 NEW_VIP_WELCOME");
        int status = ActionListColumns.ALL.indexOf(ActionListColumns.STATUS);
        rows.get(0).set(status, "DONE");
        rows.get(1).set(status, "Called; will pay on Friday");
        // row 4 stays OPEN: nothing asked
        rows.add(row("C99", "SPEND_DROP", "2024-10", "DONE"));
        rows.add(row("C01", "NOT_A_RULE", "2024-10", "DONE"));
        rows.add(row("C03", "COMPLAINT_ESCALATION", "2024-10", "done"));
        rows.add(row("C01", "NEW_VIP_WELCOME", "2024-13", "DONE"));
        rows.add(row("", "NEW_VIP_WELCOME", "2024-10", "DONE"));
        Path handedBack = writeCsv(dir.resolve("manager-M1-back.csv"), rows);

        FeedbackImportResult result = feedback.importFeedback(handedBack);

        assertThat(result.rowsRead()).isEqualTo(8);
        assertThat(result.updated()).isEqualTo(2);
        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.alreadyDone()).isZero();
        assertThat(result.leftOpen()).isEqualTo(1);
        assertThat(result.allMatched()).isFalse();
        assertThat(result.summary()).isEqualTo(handedBack + ": 8 row(s), 2 marked DONE, 0 already DONE, 1 left open, "
                + "5 unmatched");
        assertThat(result.unmatched()).extracting(FeedbackImportResult.Unmatched::toString).containsExactly(
                "row 5: no action for customer C99, rule SPEND_DROP, period 2024-10",
                "row 6: rule 'NOT_A_RULE' is not one of [NEW_VIP_WELCOME, DOWNGRADE_RISK, SPEND_DROP, "
                        + "BILL_SHOCK_ALERT, ARREARS_NOTICE, COMPLAINT_ESCALATION, UPGRADE_NUDGE, TOP_RANK_ENTRY, "
                        + "STAR_UPGRADE, STAR_NEAR]",
                "row 7: the same action as row 2; only row 2 counts",
                "row 8: period '2024-13' is not YYYY-MM",
                "row 9: customer_id is empty");
        assertThat(statusOf("C03")).isEqualTo("DONE " + calendar.today() + " null");
        assertThat(statusOf("C02")).isEqualTo("DONE " + calendar.today() + " Called; will pay on Friday");
        assertThat(statusOf("C01")).isEqualTo("OPEN null null");

        FeedbackImportResult again = feedback.importFeedback(handedBack);
        assertThat(again.updated()).isZero();
        assertThat(again.alreadyDone()).isEqualTo(2);
        assertThat(again.matched()).isEqualTo(2);
        assertThat(again.unmatched()).hasSize(5);
    }

    @Test
    void anXlsxHandedBackMarksItsRowsDoneAndAnExpiredActionIsReportedNotUpdated() throws Exception {
        Path sent = dir.resolve("manager-M1.xlsx");
        Files.copy(lists.folder(OCTOBER).resolve("manager-M1.xlsx"), sent);
        // two days later the complaint action (due 11-06) has expired
        job.run(OCTOBER, LocalDate.of(2024, 11, 7));
        assertThat(statusOf("C03")).startsWith("EXPIRED");

        Path handedBack = withStatus(sent, dir.resolve("manager-M1-back.xlsx"), "DONE");
        FeedbackImportResult result = feedback.importFeedback(handedBack);

        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.updated()).isEqualTo(2);
        assertThat(result.allMatched()).isFalse();
        assertThat(result.unmatched()).extracting(FeedbackImportResult.Unmatched::toString)
                .containsExactly("row 2: the action expired (due 2024-11-06) before it was handed back; not updated");
        assertThat(statusOf("C01")).startsWith("DONE");
        assertThat(statusOf("C02")).startsWith("DONE");
        assertThat(statusOf("C03")).startsWith("EXPIRED");
    }

    @Test
    void aListWhoseRowsAllMatchIsAllMatched() throws Exception {
        List<List<String>> rows = csv(lists.folder(OCTOBER).resolve("manager-M1.csv"));
        int status = ActionListColumns.ALL.indexOf(ActionListColumns.STATUS);
        rows.forEach(row -> row.set(status, "DONE"));

        FeedbackImportResult result = feedback.importFeedback(writeCsv(dir.resolve("all.csv"), rows));

        assertThat(result.allMatched()).isTrue();
        assertThat(result.updated()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vip_action WHERE status = 'DONE'", Integer.class))
                .isEqualTo(3);
    }

    @Test
    void aFileThatIsNotAListIsRefusedWithWhatToDo() throws Exception {
        Path noStatus = dir.resolve("no-status.csv");
        try (CSVPrinter printer = CsvFiles.write(noStatus, true, "customer_id", "rule", "period")) {
            printer.printRecord("C01", "NEW_VIP_WELCOME", "2024-10");
        }
        assertThatThrownBy(() -> feedback.importFeedback(noStatus)).isInstanceOf(FeedbackFileException.class)
                .hasMessageContaining("lacks the column(s) [status]");

        Path text = Files.writeString(dir.resolve("notes.txt"), "done");
        assertThatThrownBy(() -> feedback.importFeedback(text)).isInstanceOf(FeedbackFileException.class)
                .hasMessageContaining("neither .csv nor .xlsx");
        assertThatThrownBy(() -> feedback.importFeedback(dir.resolve("missing.csv")))
                .isInstanceOf(FeedbackFileException.class).hasMessageContaining("does not exist");
        Path broken = Files.writeString(dir.resolve("broken.xlsx"), "not a zip");
        assertThatThrownBy(() -> feedback.importFeedback(broken)).isInstanceOf(FeedbackFileException.class)
                .hasMessageContaining("cannot read feedback file");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vip_action WHERE status = 'OPEN'", Integer.class))
                .isEqualTo(3);
    }

    private String statusOf(String customerId) {
        return jdbc.queryForObject("SELECT status, closed_on, feedback_note FROM vip_action WHERE customer_id = ?",
                (rs, n) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class) + " " + rs.getString(3),
                customerId);
    }

    private static List<String> row(String customerId, String rule, String period, String status) {
        List<String> row = new ArrayList<>();
        for (String column : ActionListColumns.ALL) {
            row.add(switch (column) {
                case ActionListColumns.CUSTOMER_ID -> customerId;
                case ActionListColumns.RULE -> rule;
                case ActionListColumns.PERIOD -> period;
                case ActionListColumns.STATUS -> status;
                default -> "";
            });
        }
        return row;
    }

    private static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CsvFiles.read(file, StandardCharsets.UTF_8, ',')) {
            for (CSVRecord record : parser) {
                rows.add(new ArrayList<>(record.toList()));
            }
        }
        return rows;
    }

    private static Path writeCsv(Path file, List<List<String>> rows) throws IOException {
        try (CSVPrinter printer = CsvFiles.write(file, true, ActionListColumns.ALL.toArray(String[]::new))) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return file;
    }

    /** What a manager does in Excel: the sent list, every status cell overwritten. */
    private static Path withStatus(Path sent, Path target, String status) throws IOException {
        int statusColumn = ActionListColumns.ALL.indexOf(ActionListColumns.STATUS);
        try (ReadableWorkbook in = new ReadableWorkbook(sent.toFile());
                OutputStream out = Files.newOutputStream(target)) {
            List<Row> rows = in.getFirstSheet().read();
            Workbook workbook = new Workbook(out, "Excel", "16.0");
            Worksheet sheet = workbook.newWorksheet("Actions");
            for (Row row : rows) {
                for (int c = 0; c < ActionListColumns.ALL.size(); c++) {
                    int r = row.getRowNum() - 1;
                    String text = row.getOptionalCell(c).map(Cell::getText).orElse("");
                    sheet.value(r, c, r > 0 && c == statusColumn ? status : text);
                }
            }
            workbook.finish();
        }
        return target;
    }

    @OnH2
    static class H2Tests extends FeedbackImportIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends FeedbackImportIntegrationTests {
    }
}
