package com.jinpai.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Reading and validating whole files: line numbers, raw text, file-level failures, encodings. */
class ExportReaderTests {

    private static final Set<String> CUSTOMERS = Set.of("C001", "C002", "C003", "C004", "C005");

    @TempDir
    Path tempDir;

    private final SourcesProperties sources = SourcesProperties.canonical();

    private List<Batch> read(Source source, TestInbox inbox, String name, SourcesProperties properties, int batchSize)
            throws UnreadableFileException {
        InboxFile file = InboxFile.of(inbox.root(), source, inbox.path(name));
        SourceMapping mapping = properties.mapping(source);
        YearMonth month = Layout.of(source).monthField() != null ? file.monthInName(mapping) : null;
        RowValidator.Context context = new RowValidator.Context(CUSTOMERS::contains, month,
                ZoneId.of("Asia/Shanghai"));
        List<Batch> batches = new ArrayList<>();
        try (ExportReader reader = ExportReader.open(file, mapping, context, batchSize)) {
            for (Batch batch = reader.next(); batch != null; batch = reader.next()) {
                batches.add(batch);
            }
        }
        return batches;
    }

    private List<Batch> read(Source source, TestInbox inbox, String name) throws UnreadableFileException {
        return read(source, inbox, name, sources, 5000);
    }

    private static List<Reject> rejects(List<Batch> batches) {
        return batches.stream().flatMap(batch -> batch.rejects().stream()).toList();
    }

    private static List<Object[]> rows(List<Batch> batches) {
        return batches.stream().flatMap(batch -> batch.rows().stream()).toList();
    }

    @Test
    void badRowsAreRejectedWithLineFieldReasonAndRawTextWhileGoodRowsPass() throws UnreadableFileException {
        TestInbox inbox = new TestInbox(tempDir).put("bill_lines_bad_rows.csv", "billing/bill_lines_2024-10.csv");

        List<Batch> batches = read(Source.BILL_LINES, inbox, "billing/bill_lines_2024-10.csv");

        assertThat(rows(batches)).extracting(row -> row[0]).containsExactly("L2001", "L2010", "L2011");
        assertThat(rejects(batches)).extracting(Reject::line, Reject::field, Reject::reason).containsExactly(
                tuple(3L, "amount", "more than 2 decimals"),
                tuple(4L, "customer_id", "unknown customer (not in the customer table)"),
                tuple(5L, "bill_month", "not the month of the file name (2024-10)"),
                tuple(6L, "charge_type", "not one of [PLAN, VOICE, SMS, DATA, ROAMING, VAS, EQUIPMENT, DISCOUNT,"
                        + " ADJUSTMENT, REFUND] (map the export's spellings under values.charge_type in"
                        + " config/sources.yml)"),
                tuple(7L, "amount", "positive, but DISCOUNT and REFUND lines are credits: negative or zero"
                        + " (check the sign convention of the export)"),
                tuple(8L, "line_id", "required but empty"),
                tuple(9L, null, "the row has 4 values but the header has 5 (is a value holding the delimiter not"
                        + " quoted?)"),
                tuple(10L, "amount", "not a number (digits with an optional sign and decimal point)"),
                tuple(13L, "amount", "not a number (digits with an optional sign and decimal point)"));
        assertThat(rejects(batches)).extracting(Reject::rawText).containsExactly(
                "L2002,C001,2024-10,DATA,12.345", "L2003,C999,2024-10,PLAN,50.00", "L2004,C002,2024-09,PLAN,58.00",
                "L2005,C002,2024-10,LOTTERY,1.00", "L2006,C003,2024-10,DISCOUNT,5.00", ",C003,2024-10,VOICE,1.00",
                "L2008,C003,2024-10,VOICE", "L2009,C004,2024-10,VOICE,abc", "L2012,C001,2024-10,DATA,\"1,5\"");
        assertThat(batches).extracting(Batch::read).containsExactly(12L);
    }

    @Test
    void rowsAreTypedForTheirColumns() throws UnreadableFileException {
        TestInbox inbox = new TestInbox(tempDir).canonical();

        List<Object[]> customers = rows(read(Source.CUSTOMERS, inbox, "customers.csv"));
        List<Object[]> bills = rows(read(Source.BILL_LINES, inbox, "billing/bill_lines_2024-10.csv"));

        assertThat(customers.get(2)).containsExactly("C003", "张, 三", "13800000003", "神州行", "广州", "GROUP", "G01",
                LocalDate.of(2019, 5, 20), "SUSPENDED");
        assertThat(customers.get(3)[8]).as("blank status takes the configured default").isEqualTo("ACTIVE");
        assertThat(customers.get(0)[6]).as("empty optional field").isNull();
        assertThat(bills.get(2)).containsExactly("L1003", "C001", "2024-10", "DISCOUNT", new BigDecimal("-20.00"));
    }

    @Test
    void batchesHoldAtMostTheBatchSizeOfRecords() throws UnreadableFileException {
        TestInbox inbox = new TestInbox(tempDir).put("bill_lines_bad_rows.csv", "billing/bill_lines_2024-10.csv");

        List<Batch> batches = read(Source.BILL_LINES, inbox, "billing/bill_lines_2024-10.csv", sources, 5);

        assertThat(batches).extracting(Batch::read).containsExactly(5L, 5L, 2L);
        assertThat(rejects(batches)).hasSize(9);
    }

    @Test
    void aRecordSpanningLinesIsReportedAtTheLineItStarts() throws UnreadableFileException {
        TestInbox inbox = new TestInbox(tempDir).write("complaints.csv", """
                ticket_id,customer_id,opened_at,first_response_at,closed_at,category,channel
                T1,C001,2024-10-03T09:00:00,,,"two
                lines",APP
                T2,C404,2024-10-03T09:00:00,,,"three
                whole
                lines",APP

                T3,C001,2024-10-03T09:00:00,2024-10-02T09:00:00,,,APP
                """);

        List<Batch> batches = read(Source.COMPLAINTS, inbox, "complaints.csv");

        assertThat(rows(batches)).extracting(row -> row[5]).containsExactly("two\nlines");
        assertThat(rejects(batches)).extracting(Reject::line, Reject::field, Reject::reason).containsExactly(
                tuple(4L, "customer_id", "unknown customer (not in the customer table)"),
                tuple(8L, "first_response_at", "before opened_at"));
        assertThat(rejects(batches).get(0).rawText()).isEqualTo("T2,C404,2024-10-03T09:00:00,,,\"three\nwhole\nlines\",APP");
    }

    @Test
    void badQuotingFailsTheFileNamingLineAndRemedy() {
        TestInbox inbox = new TestInbox(tempDir).put("bill_lines_bad_quoting.csv", "billing/bill_lines_2024-10.csv");

        assertThatThrownBy(() -> read(Source.BILL_LINES, inbox, "billing/bill_lines_2024-10.csv"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("billing/bill_lines_2024-10.csv, line 3: cannot be parsed: ")
                .hasMessageContaining("line: 3")
                .hasMessageContaining("must be enclosed in double quotes, with each inner quote doubled");
    }

    @Test
    void aMissingRequiredColumnFailsTheFileNamingFieldHeaderAndProperty() {
        TestInbox inbox = new TestInbox(tempDir)
                .put("bill_lines_missing_amount_column.csv", "billing/bill_lines_2024-10.csv");

        assertThatThrownBy(() -> read(Source.BILL_LINES, inbox, "billing/bill_lines_2024-10.csv"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("billing/bill_lines_2024-10.csv, line 1: the header has no column for amount (header"
                        + " 'amount'); its columns are [line_id, customer_id, bill_month, charge_type, fee]. Add the"
                        + " columns to the export, or map each field to the header the file uses under"
                        + " jinpai.sources.bill-lines.headers in config/sources.yml");
    }

    @Test
    void aMissingOptionalColumnIsEmptyAndAMissingDefaultedColumnTakesTheDefault() throws UnreadableFileException {
        TestInbox inbox = new TestInbox(tempDir).write("account_managers.csv", "manager_id,region\nM01,广州\n");

        assertThat(rows(read(Source.ACCOUNT_MANAGERS, inbox, "account_managers.csv")))
                .singleElement().satisfies(row -> assertThat(row).containsExactly("M01", null, "广州", null, 0));
    }

    @Test
    void anEmptyFileFails() {
        TestInbox inbox = new TestInbox(tempDir).write("customers.csv", "");

        assertThatThrownBy(() -> read(Source.CUSTOMERS, inbox, "customers.csv"))
                .hasMessageStartingWith("customers.csv, line 1: the file is empty");
    }

    @Test
    void aHeaderNamingAMappedColumnTwiceFails() {
        TestInbox inbox = new TestInbox(tempDir).write("customers.csv",
                "customer_id,join_date,customer_id\nC001,2020-01-01,C002\n");

        assertThatThrownBy(() -> read(Source.CUSTOMERS, inbox, "customers.csv"))
                .hasMessageContaining("names column 'customer_id' twice");
    }

    @Test
    void theByteOrderMarkIsNotPartOfTheFirstHeader() throws UnreadableFileException {
        TestInbox inbox = new TestInbox(tempDir).put("customers_bom.csv", "customers.csv");

        assertThat(Files.exists(inbox.path("customers.csv"))).isTrue();
        assertThat(rows(read(Source.CUSTOMERS, inbox, "customers.csv"))).extracting(row -> row[0])
                .containsExactly("C001", "C002", "C003", "C004", "C005");
    }

    @Test
    void aGbkFileReadAsUtf8SaysToCheckTheEncoding() {
        TestInbox inbox = new TestInbox(tempDir).put("customers_gbk_chinese_headers.csv", "customers.csv");
        SourcesProperties chineseHeadersButUtf8 = SourcesYaml.bind("""
                jinpai.sources.customers:
                  delimiter: "|"
                  headers: {customer_id: 客户编号, join_date: 入网日期}
                """);

        assertThatThrownBy(() -> read(Source.CUSTOMERS, inbox, "customers.csv", chineseHeadersButUtf8, 10))
                .hasMessageContaining("The header is not valid UTF-8: set jinpai.sources.customers.encoding");
    }

    @Test
    void textThatIsNotValidInTheEncodingIsRejected() throws IOException, UnreadableFileException {
        Path file = tempDir.resolve("customers.csv");
        Files.writeString(file, "customer_id,name,join_date\nC001,", Charset.forName("UTF-8"));
        Files.write(file, "王伟,2020-01-01\n".getBytes(Charset.forName("GBK")), java.nio.file.StandardOpenOption.APPEND);

        List<Batch> batches = read(Source.CUSTOMERS, new TestInbox(tempDir), "customers.csv");

        assertThat(rejects(batches)).extracting(Reject::field, Reject::reason).containsExactly(
                tuple("name", "not valid UTF-8 text (is the encoding in config/sources.yml that of the export?)"));
    }
}
