package com.jinpai.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jinpai.ingest.FileOutcome.Status;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.value.CustomerBuckets;
import com.jinpai.support.TestDatabase;
import com.jinpai.system.BusinessCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Ingest of whole files into the database, without a job: ledger, rejects, limits, corrections. */
abstract class IngestServiceIntegrationTests {

    private static final String BILLS = "billing/bill_lines_2024-10.csv";

    @Autowired
    DataSource dataSource;

    @Autowired
    IngestService ingest;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    KnownCustomers knownCustomers;

    @Autowired
    BusinessCalendar calendar;

    @Autowired
    com.jinpai.ingest.quality.NewestPayment newestPayment;

    @TempDir
    Path tempDir;

    JdbcTemplate jdbc;
    TestInbox inbox;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        inbox = new TestInbox(tempDir);
    }

    /** The service under a mapping other than config/sources.yml. */
    IngestService ingestWith(SourcesProperties sources) {
        return new IngestService(jdbc, transactionManager, sources, knownCustomers, calendar,
                com.jinpai.ingest.quality.InputsProperties.defaults(), new com.jinpai.value.PartitionProperties(4, 2, 3, 2));
    }

    long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    BigDecimal billTotal() {
        return BillTotalsQuery.sum(jdbc, "1 = 1");
    }

    FileOutcome ingestBills() {
        return ingest.ingestFile(Source.BILL_LINES, inbox.root(), inbox.path(BILLS), null);
    }

    @Test
    void canonicalExportsOfAllSixSourcesLoad() {
        inbox.canonical();

        List<FileOutcome> outcomes = ingest.ingestAll(inbox.root());

        assertThat(outcomes).extracting(FileOutcome::source, FileOutcome::fileName, FileOutcome::status)
                .containsExactly(
                        tuple(Source.CUSTOMERS, "customers.csv", Status.LOADED),
                        tuple(Source.ACCOUNT_MANAGERS, "account_managers.csv", Status.LOADED),
                        tuple(Source.BILL_LINES, BILLS, Status.LOADED),
                        tuple(Source.PAYMENTS, "payments/payments_2024-10.csv", Status.LOADED),
                        tuple(Source.USAGE, "usage/usage_2024-10-01.csv", Status.LOADED),
                        tuple(Source.COMPLAINTS, "complaints.csv", Status.LOADED));
        assertThat(outcomes).extracting(outcome -> outcome.counts().loaded()).containsExactly(5L, 2L, 10L, 3L, 4L, 2L);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.counts().rejected()).isZero());
        assertThat(billTotal()).isEqualByComparingTo("487.10");
        assertThat(jdbc.queryForMap("SELECT name, status, join_date FROM customer WHERE customer_id = 'C003'"))
                .containsEntry("name", "张, 三").containsEntry("status", "SUSPENDED");
        assertThat(jdbc.queryForObject("SELECT status FROM customer WHERE customer_id = 'C004'", String.class))
                .as("blank status takes the configured default").isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT join_date FROM customer WHERE customer_id = 'C002'", LocalDate.class))
                .isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(jdbc.queryForObject("SELECT capacity FROM account_manager WHERE manager_id = 'M02'", Integer.class))
                .as("a blank capacity is 'not given'; the action settings own the default").isEqualTo(0);
        assertThat(jdbc.queryForObject("SELECT paid_at FROM payment WHERE payment_id = 'P3'", LocalDateTime.class))
                .as("an offset is converted to Asia/Shanghai").isEqualTo(LocalDateTime.of(2024, 10, 20, 8, 30));
        assertThat(jdbc.queryForObject("SELECT SUM(data_rated) FROM usage_day", Long.class))
                .as("10.2450 yuan in ten-thousandths").isEqualTo(102450L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE first_response_at IS NULL", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT source, status, bill_month, rows_read, rows_loaded FROM ingest_file"
                + " ORDER BY id")).extracting(row -> row.get("source"), row -> row.get("status"),
                        row -> row.get("bill_month"), row -> ((Number) row.get("rows_read")).longValue())
                .containsExactly(
                        tuple("customers", "LOADED", null, 5L),
                        tuple("account-managers", "LOADED", null, 2L),
                        tuple("bill-lines", "LOADED", "2024-10", 10L),
                        tuple("payments", "LOADED", "2024-10", 3L),
                        tuple("usage", "LOADED", "2024-10", 4L),
                        tuple("complaints", "LOADED", null, 2L));
        assertThat(jdbc.queryForList("SELECT checksum FROM ingest_file", String.class))
                .allSatisfy(checksum -> assertThat(checksum).matches("[0-9a-f]{64}"));
    }

    @Test
    void theSameFileTwiceIsANoOp() {
        inbox.canonical();
        ingest.ingestAll(inbox.root());
        List<Map<String, Object>> ledgerBefore = jdbc.queryForList("SELECT * FROM ingest_file ORDER BY id");
        List<Map<String, Object>> billsBefore = jdbc.queryForList("SELECT * FROM bill_total ORDER BY customer_id");

        List<FileOutcome> again = ingest.ingestAll(inbox.root());

        assertThat(again).extracting(FileOutcome::status).containsOnly(Status.SKIPPED);
        assertThat(again).allSatisfy(outcome -> assertThat(outcome.counts()).isEqualTo(IngestCounts.NONE));
        assertThat(jdbc.queryForList("SELECT * FROM ingest_file ORDER BY id")).isEqualTo(ledgerBefore);
        assertThat(jdbc.queryForList("SELECT * FROM bill_total ORDER BY customer_id")).isEqualTo(billsBefore);
    }

    @Test
    void theSameContentUnderAnotherNameIsANoOpToo() {
        inbox.canonical();
        ingest.ingestAll(inbox.root());
        inbox.put("canonical/" + BILLS, "billing/bill_lines_2024-10_copy.csv");

        FileOutcome copy = ingest.ingestFile(Source.BILL_LINES, inbox.root(),
                inbox.path("billing/bill_lines_2024-10_copy.csv"), null);

        assertThat(copy.status()).isEqualTo(Status.SKIPPED);
        assertThat(count("ingest_file")).isEqualTo(6);
    }

    /** Waits until files written now are older than {@link FileStat#SETTLED}: their ledger key is then recorded. */
    static void settle() {
        try {
            Thread.sleep(FileStat.SETTLED.toMillis() + 200);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    String statKey(String fileName) {
        return jdbc.queryForObject("SELECT stat_key FROM ingest_file WHERE file_name = ? AND status = 'LOADED'",
                String.class, fileName);
    }

    @Test
    void anUnchangedFileIsSkippedByItsLedgerKeyWithoutBeingRead() {
        inbox.canonical();
        ingest.ingest(Source.CUSTOMERS, inbox.root());
        assertThat(ingestBills().status()).isEqualTo(Status.LOADED);
        assertThat(statKey(BILLS)).as("changed within the settle time: no key, hashed next time").isNull();
        settle();

        assertThat(ingestBills().status()).isEqualTo(Status.SKIPPED);
        assertThat(statKey(BILLS)).as("the hash proved it unchanged: its key is recorded").isNotNull();
        // a checksum that no longer matches the file: only a run that does not read the file skips it now
        String bills = " WHERE source = 'bill-lines'";
        String checksum = jdbc.queryForObject("SELECT checksum FROM ingest_file" + bills, String.class);
        jdbc.update("UPDATE ingest_file SET checksum = ?" + bills, "0".repeat(64));

        FileOutcome unread = ingestBills();

        assertThat(unread.status()).isEqualTo(Status.SKIPPED);
        assertThat(unread.message()).isEqualTo("same content as ingest_file "
                + jdbc.queryForObject("SELECT id FROM ingest_file" + bills, Long.class));
        jdbc.update("UPDATE ingest_file SET checksum = ?" + bills, checksum);
        assertThat(count("ingest_file")).as("customers and the one bill file").isEqualTo(2);
    }

    @Test
    void aFileReplacedWithTheSameNameSizeAndModificationTimeIsStillLoaded() throws Exception {
        inbox.canonical();
        ingest.ingest(Source.CUSTOMERS, inbox.root());
        settle();
        FileOutcome first = ingestBills();
        assertThat(first.status()).isEqualTo(Status.LOADED);
        assertThat(statKey(BILLS)).isNotNull();
        Path file = inbox.path(BILLS);
        long size = java.nio.file.Files.size(file);
        java.nio.file.attribute.FileTime modified = java.nio.file.Files.getLastModifiedTime(file);
        // the same size, another amount, and the modification time set back as `cp -p` or `touch -r` would
        inbox.put("canonical/" + BILLS, BILLS, text -> text.replace("L1001,C001,2024-10,PLAN,128.00",
                "L1001,C001,2024-10,PLAN,228.00"));
        java.nio.file.Files.setLastModifiedTime(file, modified);
        assertThat(java.nio.file.Files.size(file)).isEqualTo(size);

        FileOutcome corrected = ingestBills();

        assertThat(corrected.status()).isEqualTo(Status.LOADED);
        assertThat(corrected.replacedFileId()).isEqualTo(first.fileId());
        assertThat(billTotal()).isEqualByComparingTo("587.10");
    }

    @Test
    void eachPaymentsFileRecordsItsNewestPaymentAndACorrectionReplacesIt() {
        inbox.canonical();
        ingest.ingestAll(inbox.root());
        assertThat(jdbc.queryForObject("SELECT newest_at FROM ingest_file WHERE source = 'payments'",
                LocalDateTime.class)).as("P3, 00:30 UTC in Asia/Shanghai").isEqualTo(LocalDateTime.of(2024, 10, 20, 8, 30))
                .isEqualTo(jdbc.queryForObject("SELECT MAX(paid_at) FROM payment", LocalDateTime.class));
        assertThat(jdbc.queryForList("SELECT newest_at FROM ingest_file WHERE source <> 'payments'"))
                .allSatisfy(row -> assertThat(row.get("newest_at")).isNull());

        inbox.put("canonical/payments/payments_2024-10.csv", "payments/payments_2024-10.csv",
                text -> text.replace("P3,C004,2024-10-20T00:30:00Z,100.00,COUNTER\n", ""));
        assertThat(ingest.ingestFile(Source.PAYMENTS, inbox.root(), inbox.path("payments/payments_2024-10.csv"), null)
                .status()).isEqualTo(Status.LOADED);

        assertThat(jdbc.queryForObject("SELECT newest_at FROM ingest_file WHERE source = 'payments'"
                + " AND status = 'LOADED'", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 10, 6, 9, 0))
                .isEqualTo(jdbc.queryForObject("SELECT MAX(paid_at) FROM payment", LocalDateTime.class));
        assertThat(newestPayment.day()).isEqualTo(LocalDate.of(2024, 10, 6));
    }

    @Test
    void aCorrectedFileReplacesTheEarlierVersionExactly() {
        inbox.canonical();
        ingest.ingestAll(inbox.root());
        long earlier = jdbc.queryForObject("SELECT id FROM ingest_file WHERE source = 'bill-lines'", Long.class);
        inbox.put("bill_lines_corrected.csv", BILLS);

        FileOutcome corrected = ingestBills();

        assertThat(corrected.status()).isEqualTo(Status.LOADED);
        assertThat(corrected.replacedFileId()).isEqualTo(earlier);
        assertThat(billTotal()).as("the corrected file's total, not the sum of both versions")
                .isEqualByComparingTo("226.50");
        assertThat(corrected.counts().loaded()).as("L1001, L1002, L1004, L1011").isEqualTo(4);
        assertThat(jdbc.queryForList("SELECT DISTINCT file_id FROM bill_line_ids", Long.class))
                .as("only the current version keeps its line ids").containsExactly(corrected.fileId());
        assertThat(jdbc.queryForMap("SELECT status, replaced_by FROM ingest_file WHERE id = ?", earlier))
                .containsEntry("status", "REPLACED");
        assertThat(jdbc.queryForObject("SELECT replaced_by FROM ingest_file WHERE id = ?", Long.class, earlier))
                .isEqualTo(corrected.fileId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ingest_file WHERE source = 'bill-lines'"
                + " AND bill_month = '2024-10' AND status = 'LOADED'", Long.class)).as("still one closed month").isOne();

        inbox.put("canonical/" + BILLS, BILLS);
        FileOutcome revertedToFirstVersion = ingestBills();

        assertThat(revertedToFirstVersion.status()).isEqualTo(Status.LOADED);
        assertThat(billTotal()).isEqualByComparingTo("487.10");
    }

    @Test
    void duplicateIdsCountOnceWithinAFileAndAcrossFiles() {
        inbox.put("canonical/customers.csv", "customers.csv")
                .put("bill_lines_duplicates.csv", BILLS)
                .put("bill_lines_duplicates_part2.csv", "billing/bill_lines_2024-10_part2.csv");

        List<FileOutcome> outcomes = ingest.ingestAll(inbox.root());

        assertThat(outcomes).filteredOn(outcome -> outcome.source() == Source.BILL_LINES)
                .extracting(FileOutcome::fileName, FileOutcome::counts)
                .containsExactly(
                        tuple(BILLS, new IngestCounts(5, 3, 0, 2)),
                        tuple("billing/bill_lines_2024-10_part2.csv", new IngestCounts(2, 1, 0, 1)));
        assertThat(billTotal()).isEqualByComparingTo("171.00");
        assertThat(jdbc.queryForList("SELECT rows_duplicate FROM ingest_file WHERE source = 'bill-lines' ORDER BY id",
                Long.class)).containsExactly(2L, 1L);
    }

    @Test
    void usageCountsOncePerCustomerDayAndService() {
        inbox.put("canonical/customers.csv", "customers.csv").write("usage/usage_2024-10-02.csv", """
                customer_id,usage_date,service,quantity,unit,rated_amount
                C001,2024-10-02,VOICE,35,MIN,3.50
                C001,2024-10-02,DATA,100,MB,1.00
                C001,2024-10-02,VOICE,40,MIN,4.00
                C001,2024-10-03,VOICE,10,MIN,1.00
                """);

        List<FileOutcome> outcomes = ingest.ingestAll(inbox.root());

        assertThat(outcomes.get(1).counts()).isEqualTo(new IngestCounts(4, 3, 0, 1));
        assertThat(usageDays()).as("one row a customer and day; the first VOICE row of the day is kept").containsExactly(
                "2024-10-02 C001 voice 35000 data 10000 sms 0 roaming 0 services 5 active",
                "2024-10-03 C001 voice 10000 data 0 sms 0 roaming 0 services 1 active");
    }

    @Test
    void aUsageRowAnotherFileHoldsAlreadyStaysOutUntilThatFileIsCorrected() {
        String header = "customer_id,usage_date,service,quantity,unit,rated_amount\n";
        inbox.put("canonical/customers.csv", "customers.csv").write("usage/usage_2024-10-02.csv", header
                + "C001,2024-10-02,VOICE,35,MIN,3.5000\nC002,2024-10-02,SMS,0,MSG,0.0000\n");
        ingest.ingestAll(inbox.root());
        inbox.write("usage/usage_2024-10-02_late.csv", header
                + "C001,2024-10-02,VOICE,40,MIN,4.0000\nC001,2024-10-02,ROAMING,1,MB,0.1234\n"
                + "C002,2024-10-02,SMS,3,MSG,0.3000\nC002,2024-10-02,DATA,0,MB,0.0000\n");

        List<FileOutcome> late = ingest.ingestAll(inbox.root());

        assertThat(late).filteredOn(outcome -> outcome.source() == Source.USAGE && outcome.status() == Status.LOADED).extracting(FileOutcome::counts)
                .as("VOICE of C001 and SMS of C002 were the first file's").containsExactly(new IngestCounts(4, 2, 0, 2));
        assertThat(usageDays()).containsExactlyInAnyOrder(
                "2024-10-02 C001 voice 35000 data 0 sms 0 roaming 0 services 1 active",
                "2024-10-02 C001 voice 0 data 0 sms 0 roaming 1234 services 8 active",
                "2024-10-02 C002 voice 0 data 0 sms 0 roaming 0 services 2 idle",
                "2024-10-02 C002 voice 0 data 0 sms 0 roaming 0 services 4 idle");

        inbox.write("usage/usage_2024-10-02.csv", header + "C003,2024-10-02,DATA,5,MB,0.5000\n");
        List<FileOutcome> corrected = ingest.ingestAll(inbox.root());

        assertThat(corrected).filteredOn(outcome -> outcome.source() == Source.USAGE && outcome.status() == Status.LOADED)
                .extracting(FileOutcome::counts).containsExactly(new IngestCounts(1, 1, 0, 0));
        assertThat(usageDays()).as("the corrected file replaces its rows; the late file's kept rows stay as they were")
                .containsExactlyInAnyOrder(
                        "2024-10-02 C001 voice 0 data 0 sms 0 roaming 1234 services 8 active",
                        "2024-10-02 C002 voice 0 data 0 sms 0 roaming 0 services 4 idle",
                        "2024-10-02 C003 voice 0 data 5000 sms 0 roaming 0 services 4 active");
    }

    private List<String> usageDays() {
        return jdbc.query("SELECT * FROM usage_day ORDER BY usage_date, customer_id, file_id", (rs, row) ->
                rs.getObject("usage_date", LocalDate.class) + " " + rs.getString("customer_id") + " voice "
                        + rs.getLong("voice_rated") + " data " + rs.getLong("data_rated") + " sms "
                        + rs.getLong("sms_rated") + " roaming " + rs.getLong("roaming_rated") + " services "
                        + rs.getInt("services") + (rs.getBoolean("active") ? " active" : " idle"));
    }

    @Test
    void customerIdsAreReadOncePerJobRunAndAgainAfterCustomersLoad() {
        inbox.put("canonical/customers.csv", "customers.csv");
        ingest.ingest(Source.CUSTOMERS, inbox.root(), null);
        long run = Long.MAX_VALUE - 1;

        CustomerIdSet first = knownCustomers.forRun(run);

        assertThat(knownCustomers.forRun(run)).isSameAs(first);
        assertThat(first.size()).isEqualTo(5);
        assertThat(knownCustomers.forRun(run + 1)).as("another run reads again").isNotSameAs(first);
        inbox.write("customers_2024-11.csv", "customer_id,join_date\nC006,2024-11-01\n");
        ingest.ingest(Source.CUSTOMERS, inbox.root(), null);
        assertThat(knownCustomers.forRun(run + 1).test("C006")).as("a customers load invalidates").isTrue();
    }

    @Test
    void snapshotsTakeTheNewestRowPerKey() {
        inbox.canonical();
        ingest.ingestAll(inbox.root());
        inbox.write("customers_2024-11.csv", """
                customer_id,name,msisdn,brand,region,customer_type,group_id,join_date,status
                C001,王伟,13800000001,全球通,深圳,INDIVIDUAL,,2020-01-15,ACTIVE
                C006,吴磊,13800000006,动感地带,广州,STUDENT,,2024-11-02,ACTIVE
                C006,吴磊,13800000006,动感地带,佛山,STUDENT,,2024-11-02,ACTIVE
                """);

        FileOutcome update = ingest.ingestFile(Source.CUSTOMERS, inbox.root(), inbox.path("customers_2024-11.csv"), null);

        assertThat(update.counts()).isEqualTo(new IngestCounts(3, 2, 0, 1));
        assertThat(count("customer")).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT region FROM customer WHERE customer_id = 'C001'", String.class))
                .isEqualTo("深圳");
        assertThat(jdbc.queryForObject("SELECT region FROM customer WHERE customer_id = 'C006'", String.class))
                .isEqualTo("佛山");
        assertThat(jdbc.queryForList("SELECT file_id FROM customer WHERE customer_id IN ('C001', 'C006')", Long.class))
                .as("a replaced row records the file that set it").containsOnly(update.fileId());
        assertThat(jdbc.queryForObject("SELECT value_bucket FROM customer WHERE customer_id = 'C006'", Integer.class))
                .isEqualTo(CustomerBuckets.of("C006"));
        assertThat(jdbc.queryForObject("SELECT file_id FROM customer WHERE customer_id = 'C002'", Long.class))
                .as("untouched rows keep the file that set them").isNotEqualTo(update.fileId());
    }

    @Test
    void badRowsAreRecordedWithLineNumbersWhileGoodRowsLoad() {
        inbox.put("canonical/customers.csv", "customers.csv").put("bill_lines_bad_rows.csv", BILLS);
        IngestService lenient = ingestWith(SourcesYaml.bind("jinpai.sources.reject-limit: 0.8"));

        List<FileOutcome> outcomes = lenient.ingestAll(inbox.root());

        FileOutcome bills = outcomes.get(1);
        assertThat(bills.status()).isEqualTo(Status.LOADED);
        assertThat(bills.counts()).isEqualTo(new IngestCounts(12, 3, 9, 0));
        assertThat(billTotal()).as("L2001, L2010, L2011").isEqualByComparingTo("134.80");
        assertThat(jdbc.queryForList("SELECT line_no, field, raw_text FROM ingest_reject WHERE file_id = ?"
                + " ORDER BY line_no", bills.fileId()))
                .extracting(row -> ((Number) row.get("line_no")).longValue(), row -> row.get("field"))
                .containsExactly(tuple(3L, "amount"), tuple(4L, "customer_id"), tuple(5L, "bill_month"),
                        tuple(6L, "charge_type"), tuple(7L, "amount"), tuple(8L, "line_id"), tuple(9L, null),
                        tuple(10L, "amount"), tuple(13L, "amount"));
        assertThat(jdbc.queryForObject("SELECT raw_text FROM ingest_reject WHERE line_no = 4", String.class))
                .isEqualTo("L2003,C999,2024-10,PLAN,50.00");
        assertThat(jdbc.queryForObject("SELECT rows_rejected FROM ingest_file WHERE id = ?", Long.class, bills.fileId()))
                .isEqualTo(9);
    }

    @Test
    void aFileAtTheRejectLimitLoadsAndOneRowMoreFailsIt() {
        inbox.put("canonical/customers.csv", "customers.csv");
        ingest.ingest(Source.CUSTOMERS, inbox.root(), null);
        inbox.write(BILLS, bills(990, 10)).write("billing/bill_lines_2024-11.csv", bills(989, 11)
                .replace("2024-10", "2024-11"));

        List<FileOutcome> outcomes = ingest.ingest(Source.BILL_LINES, inbox.root(), null);

        assertThat(outcomes).extracting(FileOutcome::status).containsExactly(Status.LOADED, Status.FAILED);
        assertThat(outcomes.get(0).counts()).isEqualTo(new IngestCounts(1000, 990, 10, 0));
        assertThat(outcomes.get(1).message()).startsWith("billing/bill_lines_2024-11.csv: 11 of 1000 rows rejected"
                + " (1.10%), over the limit of 1.00%; commonest reasons: customer_id: unknown customer (not in the"
                + " customer table) (11 rows).");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bill_total WHERE bill_month = '2024-11'", Long.class))
                .isZero();
    }

    private static String bills(int good, int unknownCustomer) {
        StringBuilder csv = new StringBuilder("line_id,customer_id,bill_month,charge_type,amount\n");
        for (int i = 0; i < good + unknownCustomer; i++) {
            csv.append("L").append(i).append(i < good ? ",C001" : ",C404").append(",2024-10,VOICE,1.00\n");
        }
        return csv.toString();
    }

    @Test
    void aFileOverTheRejectLimitLoadsNothingButItsRejectsAndOtherFilesLoad() {
        inbox.canonical().put("bill_lines_bad_rows.csv", "billing/bill_lines_2024-10_late.csv");

        List<FileOutcome> outcomes = ingest.ingestAll(inbox.root());

        FileOutcome failed = outcomes.stream().filter(outcome -> outcome.status() == Status.FAILED).findFirst()
                .orElseThrow();
        assertThat(failed.fileName()).isEqualTo("billing/bill_lines_2024-10_late.csv");
        assertThat(failed.counts()).isEqualTo(new IngestCounts(12, 0, 9, 0));
        assertThat(failed.message()).isEqualTo("billing/bill_lines_2024-10_late.csv: 9 of 12 rows rejected (75.00%),"
                + " over the limit of 1.00%; commonest reasons: amount: not a number (digits with an optional sign and"
                + " decimal point) (2 rows); the row has 4 values but the header has 5 (is a value holding the delimiter"
                + " not quoted?) (1 row); amount: more than 2 decimals (1 row)."
                + " Nothing of the file was loaded. Correct the export (its rejected rows are in ingest_reject with"
                + " file_id " + failed.fileId() + ") and put it in the inbox again.");
        assertThat(outcomes).filteredOn(outcome -> outcome.status() == Status.LOADED).hasSize(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bill_line_ids WHERE file_id = ?", Long.class,
                failed.fileId())).as("not even the good rows of the failed file").isZero();
        assertThat(billTotal()).isEqualByComparingTo("487.10");
        assertThat(jdbc.queryForMap("SELECT status, rows_read, rows_loaded, rows_rejected, message FROM ingest_file"
                + " WHERE id = ?", failed.fileId())).containsEntry("status", "FAILED")
                .containsEntry("message", failed.message());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ingest_reject WHERE file_id = ?", Long.class,
                failed.fileId())).isEqualTo(9);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ingest_file WHERE source = 'bill-lines'"
                + " AND status = 'LOADED'", Long.class)).isOne();
    }

    @Test
    void aFileThatCannotBeParsedFailsWithWhereAndWhatToDo() {
        inbox.put("canonical/customers.csv", "customers.csv").put("bill_lines_bad_quoting.csv", BILLS);
        ingest.ingest(Source.CUSTOMERS, inbox.root(), null);

        FileOutcome outcome = ingestBills();

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.message()).startsWith(BILLS + ", line 3: cannot be parsed: ")
                .contains("double quotes");
        assertThat(count("bill_total")).isZero();
        assertThat(jdbc.queryForObject("SELECT message FROM ingest_file WHERE id = ?", String.class, outcome.fileId()))
                .isEqualTo(outcome.message());
    }

    @Test
    void aBillFileWithoutAMonthInItsNameFails() {
        inbox.put("canonical/customers.csv", "customers.csv").put("canonical/" + BILLS, "billing/bill_lines_latest.csv");
        ingest.ingest(Source.CUSTOMERS, inbox.root(), null);

        FileOutcome outcome = ingest.ingest(Source.BILL_LINES, inbox.root(), null).get(0);

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.message()).isEqualTo("billing/bill_lines_latest.csv: the file name carries no month. Name the"
                + " file like billing/bill_lines_YYYY-MM.csv, or set jinpai.sources.bill-lines.file-month to find the"
                + " month in the names the export uses");
    }

    @Test
    void utf8WithByteOrderMarkLoads() {
        inbox.put("customers_bom.csv", "customers.csv");

        FileOutcome outcome = ingest.ingest(Source.CUSTOMERS, inbox.root(), null).get(0);

        assertThat(outcome.counts()).isEqualTo(new IngestCounts(5, 5, 0, 0));
        assertThat(jdbc.queryForList("SELECT customer_id FROM customer ORDER BY customer_id", String.class))
                .containsExactly("C001", "C002", "C003", "C004", "C005");
    }

    @Test
    void aGbkExportWithChineseHeadersAndFenLoadsThroughConfigurationAlone() {
        inbox.put("customers_gbk_chinese_headers.csv", "gbk/customers_20241130.txt")
                .put("bill_lines_gbk_fen.csv", "gbk/bill_lines_202411.txt");
        SourcesProperties gbk = SourcesYaml.bind("""
                jinpai:
                  sources:
                    customers:
                      pattern: "gbk/customers_*.txt"
                      encoding: GBK
                      delimiter: "|"
                      headers:
                        customer_id: 客户编号
                        name: 姓名
                        msisdn: 手机号码
                        brand: 品牌
                        region: 地市
                        customer_type: 客户类型
                        group_id: 集团编号
                        join_date: 入网日期
                        status: 状态
                      date-formats: [yyyy/MM/dd]
                      values:
                        customer_type: {INDIVIDUAL: [个人], GROUP: [集团], STUDENT: [学生]}
                        status: {ACTIVE: [正常], SUSPENDED: [停机], CLOSED: [销户]}
                    bill-lines:
                      pattern: "gbk/bill_lines_*.txt"
                      encoding: GBK
                      delimiter: "|"
                      headers:
                        line_id: 流水号
                        customer_id: 客户编号
                        bill_month: 账期
                        charge_type: 费用类型
                        amount: 金额（分）
                      month-formats: [yyyyMM]
                      money-unit: FEN
                      values:
                        charge_type: {PLAN: [套餐费], VOICE: [语音费], DATA: [流量费], DISCOUNT: [优惠]}
                """);

        List<FileOutcome> outcomes = ingestWith(gbk).ingestAll(inbox.root());

        assertThat(outcomes).extracting(FileOutcome::fileName, FileOutcome::status, outcome -> outcome.counts().loaded())
                .containsExactly(tuple("gbk/customers_20241130.txt", Status.LOADED, 2L),
                        tuple("gbk/bill_lines_202411.txt", Status.LOADED, 4L));
        assertThat(jdbc.queryForList("SELECT customer_id, name, region, customer_type, status, join_date FROM customer"
                + " ORDER BY customer_id")).extracting(row -> row.get("name"), row -> row.get("region"),
                        row -> row.get("customer_type"), row -> row.get("status"))
                .containsExactly(tuple("黄晓明", "杭州", "INDIVIDUAL", "ACTIVE"), tuple("周杰", "宁波", "STUDENT", "SUSPENDED"));
        assertThat(jdbc.queryForObject("SELECT join_date FROM customer WHERE customer_id = 'G001'", LocalDate.class))
                .isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(jdbc.queryForList("SELECT bill_month, customer_id, plan_fen, voice_fen, discount_fen, data_fen"
                + " FROM bill_total ORDER BY customer_id"))
                .extracting(row -> row.get("bill_month"), row -> row.get("customer_id"),
                        row -> ((Number) row.get("plan_fen")).longValue(), row -> ((Number) row.get("voice_fen")).longValue(),
                        row -> ((Number) row.get("discount_fen")).longValue(),
                        row -> ((Number) row.get("data_fen")).longValue())
                .containsExactly(tuple("2024-11", "G001", 12800L, 350L, -2000L, 0L),
                        tuple("2024-11", "G002", 0L, 0L, 0L, 4550L));
        assertThat(jdbc.queryForObject("SELECT bill_month FROM ingest_file WHERE source = 'bill-lines'", String.class))
                .isEqualTo("2024-11");
    }

    @OnH2
    static class H2Tests extends IngestServiceIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends IngestServiceIntegrationTests {
    }
}
