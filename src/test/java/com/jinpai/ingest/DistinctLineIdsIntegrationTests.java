package com.jinpai.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jinpai.ingest.FileOutcome.Status;
import com.jinpai.ingest.quality.InputsProperties;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
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

/**
 * A line id counts once across the month's current files whatever order they arrived in, and a
 * reused id with another row is a reject naming both lines (bill lines and payments).
 */
abstract class DistinctLineIdsIntegrationTests {

    private static final String A = "billing/bill_lines_2024-10_a.csv";
    private static final String B = "billing/bill_lines_2024-10_b.csv";
    private static final String HEADER = "line_id,customer_id,bill_month,charge_type,amount\n";

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    KnownCustomers knownCustomers;

    @Autowired
    BusinessCalendar calendar;

    @TempDir
    Path tempDir;

    TestDatabase database;
    JdbcTemplate jdbc;
    TestInbox inbox;
    IngestService ingest;

    @BeforeEach
    void emptyDatabase() {
        database = new TestDatabase(dataSource);
        database.reset();
        jdbc = database.jdbc();
        inbox = new TestInbox(tempDir);
        inbox.put("canonical/customers.csv", "customers.csv");
        // the files here are a few lines each: one conflict would pass the default 1% limit
        ingest = new IngestService(jdbc, transactionManager, SourcesYaml.bind("jinpai.sources.reject-limit: 0.5"),
                knownCustomers, calendar, InputsProperties.defaults(), new com.jinpai.value.PartitionProperties(4, 2, 3, 2));
    }

    @Test
    void aFreshDatabaseFedTheFinalInboxEndsLikeOneThatSawEveryVersion() {
        // b arrives first; a arrives with lines b has too; then a is corrected without them
        inbox.write(B, HEADER + "L1,C001,2024-10,PLAN,10.00\nL2,C002,2024-10,VOICE,2.00\nL3,C003,2024-10,DATA,3.00\n");
        ingest.ingestAll(inbox.root());
        inbox.write(A, HEADER + "L1,C001,2024-10,PLAN,10.00\nL2,C002,2024-10,VOICE,2.00\nL9,C004,2024-10,SMS,0.50\n");
        ingest.ingestAll(inbox.root());
        assertThat(BillTotalsQuery.sum(jdbc, "1 = 1")).as("L1 and L2 once").isEqualByComparingTo("15.50");
        inbox.write(A, HEADER + "L9,C004,2024-10,SMS,0.50\n");
        ingest.ingestAll(inbox.root());
        Snapshot intermediate = snapshot();

        database.reset();
        ingest.ingestAll(inbox.root());
        Snapshot fresh = snapshot();

        assertThat(intermediate).isEqualTo(fresh);
        assertThat(BillTotalsQuery.sum(jdbc, "1 = 1")).as("L1, L2 and L3 of b, L9 of a")
                .isEqualByComparingTo("15.50");
        assertThat(BillTotalsQuery.sum(jdbc, "customer_id = 'C001'")).as("L1, now only in b, is not lost")
                .isEqualByComparingTo("10.00");
        assertThat(fresh.files()).extracting(row -> row.get("file_name"), row -> number(row, "rows_loaded"),
                row -> number(row, "rows_duplicate")).containsExactly(tuple(A, 1L, 0L), tuple(B, 3L, 0L));
    }

    @Test
    void aSecondFileRepeatingLinesOfTheFirstCountsThemOnceWhicheverArrivedFirst() {
        inbox.write(A, HEADER + "L1,C001,2024-10,PLAN,10.00\nL2,C002,2024-10,VOICE,2.00\n");
        ingest.ingestAll(inbox.root());
        inbox.write(B, HEADER + "L2,C002,2024-10,VOICE,2.00\nL3,C003,2024-10,DATA,3.00\n");
        ingest.ingestAll(inbox.root());
        Snapshot aFirst = snapshot();

        database.reset();
        inbox.remove(A);
        ingest.ingestAll(inbox.root());
        inbox.write(A, HEADER + "L1,C001,2024-10,PLAN,10.00\nL2,C002,2024-10,VOICE,2.00\n");
        ingest.ingestAll(inbox.root());

        assertThat(snapshot()).isEqualTo(aFirst);
        assertThat(BillTotalsQuery.sum(jdbc, "1 = 1")).isEqualByComparingTo("15.00");
        assertThat(aFirst.files()).extracting(row -> row.get("file_name"), row -> number(row, "rows_loaded"),
                row -> number(row, "rows_duplicate")).containsExactly(tuple(A, 2L, 0L), tuple(B, 1L, 1L));
    }

    @Test
    void aBillLineIdReusedWithAnotherRowIsARejectNamingBothLines() {
        inbox.write(A, HEADER + "L1,C001,2024-10,PLAN,10.00\nL2,C002,2024-10,VOICE,2.00\n"
                + "L2,C002,2024-10,VOICE,2.50\n");
        inbox.write(B, HEADER + "L1,C003,2024-10,PLAN,10.00\nL5,C003,2024-10,PLAN,1.00\n");

        List<FileOutcome> outcomes = ingest.ingestAll(inbox.root());

        assertThat(outcomes).filteredOn(outcome -> outcome.source() == Source.BILL_LINES)
                .extracting(FileOutcome::status).containsOnly(Status.LOADED);
        assertThat(jdbc.queryForList("SELECT f.file_name, r.line_no, r.field, r.reason FROM ingest_reject r"
                + " JOIN ingest_file f ON f.id = r.file_id ORDER BY f.file_name, r.line_no"))
                .extracting(row -> row.get("file_name"), row -> number(row, "line_no"), row -> row.get("field"),
                        row -> row.get("reason"))
                .containsExactly(
                        tuple(A, 4L, "line_id", "reuses the line_id of line 3 of " + A + " with another row (customer,"
                                + " charge type or amount differ); only an identical row is a re-send, so neither line"
                                + " is merged into the other: the first counts, this one is rejected"),
                        tuple(B, 2L, "line_id", "reuses the line_id of line 2 of " + A + " with another row (customer,"
                                + " charge type or amount differ); only an identical row is a re-send, so neither line"
                                + " is merged into the other: the first counts, this one is rejected"));
        assertThat(BillTotalsQuery.sum(jdbc, "1 = 1")).as("L1 of a, L2 first version, L5").isEqualByComparingTo("13.00");
        assertThat(jdbc.queryForList("SELECT file_name, rows_rejected FROM ingest_file WHERE source = 'bill-lines'"
                + " ORDER BY file_name")).extracting(row -> number(row, "rows_rejected")).containsExactly(1L, 1L);
    }

    @Test
    void aPaymentIdReusedForAnotherCustomerIsARejectNamingBothLinesAndAnIdenticalOneIsAReSend() {
        inbox.write("payments/payments_2024-10.csv", "payment_id,customer_id,paid_at,amount,channel\n"
                + "P1,C001,2024-10-05T10:00:00,50.00,APP\nP2,C002,2024-10-06T10:00:00,20.00,APP\n");
        inbox.write("payments/payments_2024-11.csv", "payment_id,customer_id,paid_at,amount,channel\n"
                + "P1,C003,2024-10-05T10:00:00,50.00,APP\nP2,C002,2024-10-06T10:00:00,20.00,APP\n"
                + "P3,C004,2024-11-01T10:00:00,5.00,APP\nP3,C004,2024-11-01T10:00:00,6.00,APP\n");

        List<FileOutcome> outcomes = ingest.ingestAll(inbox.root());

        assertThat(outcomes).filteredOn(outcome -> outcome.source() == Source.PAYMENTS)
                .extracting(FileOutcome::counts)
                .containsExactly(new IngestCounts(2, 2, 0, 0), new IngestCounts(4, 1, 2, 1));
        assertThat(jdbc.queryForList("SELECT line_no, field, reason FROM ingest_reject ORDER BY line_no"))
                .extracting(row -> number(row, "line_no"), row -> row.get("field"), row -> row.get("reason"))
                .containsExactly(
                        tuple(2L, "payment_id", "reuses the payment_id of line 2 of payments/payments_2024-10.csv with"
                                + " another row (customer, time, amount or channel differ); only an identical row is"
                                + " a re-send, so the first counts and this one is rejected"),
                        tuple(5L, "payment_id", "reuses the payment_id of line 4 of payments/payments_2024-11.csv with"
                                + " another row (customer, time, amount or channel differ); only an identical row is"
                                + " a re-send, so the first counts and this one is rejected"));
        assertThat(jdbc.queryForList("SELECT customer_id FROM payment ORDER BY payment_id", String.class))
                .containsExactly("C001", "C002", "C004");
    }

    @Test
    void withinAPaymentsFileARowRepeatedInAnotherSpellingIsAReSendAndAnyOtherValueAConflict() {
        String header = "payment_id,customer_id,paid_at,amount,channel\n";
        inbox.write("payments/payments_2024-11.csv", header
                + "P1,C001,2024-11-01T10:00:00,5.00,\nP1,C001,2024-11-01T10:00:00,5,\n"
                + "P2,C002,2024-11-02T10:00:00,-7.50,APP\nP2, C002 ,2024-11-02T10:00:00,-7.5,APP\n"
                + "P2,C002,2024-11-02T10:00:01,-7.50,APP\nP2,C002,2024-11-02T10:00:00,-7.50,\n"
                + "P2,C002,2024-11-02T10:00:00,-7.51,APP\nP2,C003,2024-11-02T10:00:00,-7.50,APP\n"
                + "P3,C003,2024-11-03T00:00:00,0.00,null\nP3,C003,2024-11-03T00:00:00,0,\n");

        List<FileOutcome> outcomes = ingest.ingestAll(inbox.root());

        assertThat(outcomes).filteredOn(outcome -> outcome.source() == Source.PAYMENTS)
                .extracting(FileOutcome::counts)
                .containsExactly(new IngestCounts(10, 3, 4, 3));
        assertThat(jdbc.queryForList("SELECT line_no FROM ingest_reject WHERE field = 'payment_id' ORDER BY line_no",
                Long.class)).containsExactly(6L, 7L, 8L, 9L);
        assertThat(jdbc.queryForList("SELECT customer_id FROM payment ORDER BY payment_id", String.class))
                .containsExactly("C001", "C002", "C003");
    }

    @Test
    void aPaymentsFileCountsAsLoadedExactlyTheRowsTheTableTook() {
        String header = "payment_id,customer_id,paid_at,amount,channel\n";
        inbox.write("payments/payments_2024-10.csv", header
                + "P1,C001,2024-10-05T10:00:00,50.00,APP\nP2,C002,2024-10-06T10:00:00,20.00,APP\n");
        ingest.ingestAll(inbox.root());
        // P2 a re-send of a stored row, P4 repeated whole, p1 and p7 another case of a stored and an
        // earlier id: the same key where the column's collation ignores case (MariaDB), new on H2
        inbox.write("payments/payments_2024-11.csv", header
                + "P2,C002,2024-10-06T10:00:00,20.00,APP\nP4,C004,2024-11-01T10:00:00,5.00,APP\n"
                + "P4,C004,2024-11-01T10:00:00,5.00,APP\nP7,C003,2024-11-02T10:00:00,7.00,APP\n"
                + "p1,C001,2024-10-05T10:00:00,50.00,APP\np7,C003,2024-11-02T10:00:00,7.00,APP\n");

        List<FileOutcome> outcomes = ingest.ingestAll(inbox.root());

        long loaded = caseBlindIds() ? 2 : 4;
        assertThat(outcomes).filteredOn(outcome -> outcome.source() == Source.PAYMENTS
                        && outcome.status() == Status.LOADED)
                .extracting(FileOutcome::counts)
                .containsExactly(new IngestCounts(6, loaded, 0, 6 - loaded));
        assertThat(jdbc.queryForList("SELECT f.rows_loaded, COUNT(p.payment_id) AS stored FROM ingest_file f"
                + " LEFT JOIN payment p ON p.file_id = f.id WHERE f.source = 'payments' GROUP BY f.id, f.rows_loaded"
                + " ORDER BY f.id"))
                .as("the ledger's count is the rows carrying the file's id")
                .extracting(row -> number(row, "rows_loaded"), row -> number(row, "stored"))
                .containsExactly(tuple(2L, 2L), tuple(loaded, loaded));
    }

    @Test
    void aCorrectedPaymentsFileReplacesItsEarlierRowsThroughTheirIdRangeOrAScan() {
        String header = "payment_id,customer_id,paid_at,amount,channel\n";
        String october = "payments/payments_2024-10.csv";
        String november = "payments/payments_2024-11.csv";
        // October's ids sort B2 < P3 < a1 in Java, a1 < B2 < P3 where case is ignored (MariaDB):
        // there the recorded range holds none of them and the delete scans instead
        inbox.write(october, header + "B2,C002,2024-10-06T10:00:00,20.00,APP\n"
                + "a1,C001,2024-10-05T10:00:00,50.00,APP\nP3,C003,2024-10-07T10:00:00,30.00,APP\n");
        inbox.write(november, header + "P5,C001,2024-11-05T10:00:00,5.00,APP\n"
                + "P6,C002,2024-11-06T10:00:00,6.00,APP\n");
        ingest.ingestAll(inbox.root());
        assertThat(jdbc.queryForList("SELECT file_name, first_key, last_key FROM ingest_file WHERE source = 'payments'"
                + " ORDER BY file_name")).extracting(row -> row.get("file_name"), row -> row.get("first_key"),
                        row -> row.get("last_key"))
                .containsExactly(tuple(october, "B2", "a1"), tuple(november, "P5", "P6"));

        inbox.write(october, header + "P3,C003,2024-10-07T10:00:00,30.00,APP\nP4,C004,2024-10-08T10:00:00,40.00,APP\n");
        inbox.write(november, header + "P6,C002,2024-11-06T10:00:00,6.00,APP\n");
        List<FileOutcome> corrected = ingest.ingestAll(inbox.root());

        assertThat(corrected).filteredOn(outcome -> outcome.source() == Source.PAYMENTS)
                .extracting(FileOutcome::status, FileOutcome::replacedEarlier, outcome -> outcome.counts().loaded())
                .containsExactly(tuple(Status.LOADED, true, 2L), tuple(Status.LOADED, true, 1L));
        assertThat(jdbc.queryForList("SELECT p.payment_id, f.file_name FROM payment p JOIN ingest_file f"
                + " ON f.id = p.file_id ORDER BY f.file_name, p.payment_id"))
                .extracting(row -> row.get("payment_id"), row -> row.get("file_name"))
                .as("only the corrected versions' rows")
                .containsExactly(tuple("P3", october), tuple("P4", october), tuple("P6", november));
    }

    @Test
    void aPaymentIdOutsideTheRangeOfTheFilesInsertingItIsLookedUpAllTheSame() {
        String header = "payment_id,customer_id,paid_at,amount,channel\n";
        inbox.write("payments/payments_2024-10.csv", header + "Q1,C001,2024-10-05T10:00:00,50.00,APP\n"
                + "Q2,C002,2024-10-06T10:00:00,20.00,APP\n");
        ingest.ingestAll(inbox.root());
        // as a file loaded before the ledger kept key ranges: any id may be among its rows
        jdbc.update("UPDATE ingest_file SET first_key = NULL, last_key = NULL WHERE source = 'payments'");
        // November's own rows before Q1 and Q2 (A1 .. A2) do not cover them either
        inbox.write("payments/payments_2024-11.csv", header + "A1,C003,2024-11-01T10:00:00,1.00,APP\n"
                + "A2,C003,2024-11-02T10:00:00,2.00,APP\nQ1,C003,2024-10-05T10:00:00,50.00,APP\n"
                + "Q2,C002,2024-10-06T10:00:00,20.00,APP\n");

        List<FileOutcome> outcomes = ingest.ingestAll(inbox.root());

        assertThat(outcomes).filteredOn(outcome -> outcome.source() == Source.PAYMENTS
                        && outcome.status() == Status.LOADED)
                .extracting(FileOutcome::counts)
                .as("Q1 reused with another customer, Q2 a re-send")
                .containsExactly(new IngestCounts(4, 2, 1, 1));
        assertThat(jdbc.queryForList("SELECT line_no, field FROM ingest_reject"))
                .extracting(row -> number(row, "line_no"), row -> row.get("field"))
                .containsExactly(tuple(4L, "payment_id"));
    }

    /** Whether payment_id compares without case (MariaDB's utf8mb4_general_ci), so P1 and p1 are one key. */
    abstract boolean caseBlindIds();

    /** What the month's files left: totals, rejects and counts, by file name (ids differ between databases). */
    record Snapshot(List<Map<String, Object>> totals, List<Map<String, Object>> rejects,
            List<Map<String, Object>> files) {
    }

    private Snapshot snapshot() {
        return new Snapshot(jdbc.queryForList("SELECT * FROM bill_total ORDER BY bill_month, customer_id"),
                jdbc.queryForList("SELECT f.file_name, r.line_no, r.field, r.reason, r.raw_text FROM ingest_reject r"
                        + " JOIN ingest_file f ON f.id = r.file_id ORDER BY f.file_name, r.line_no"),
                jdbc.queryForList("SELECT file_name, rows_read, rows_loaded, rows_rejected, rows_duplicate FROM"
                        + " ingest_file WHERE source = 'bill-lines' AND status = 'LOADED' ORDER BY file_name"));
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    @OnH2
    static class H2Tests extends DistinctLineIdsIntegrationTests {

        @Override
        boolean caseBlindIds() {
            return false;
        }
    }

    @OnMariaDb
    static class MariaDbTests extends DistinctLineIdsIntegrationTests {

        @Override
        boolean caseBlindIds() {
            return true;
        }
    }
}
