package com.jinpai.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jinpai.ingest.FileOutcome.Status;
import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports as a hostile or broken system writes them: invisible characters in ids, control
 * characters in names, amounts no bill can have.
 */
abstract class HostileExportsIntegrationTests {

    private static final String CUSTOMERS = "customer_id,name,msisdn,brand,region,customer_type,group_id,join_date,"
            + "status\n";
    private static final String BILLS = "billing/bill_lines_2024-10.csv";
    private static final String BILL_HEADER = "line_id,customer_id,bill_month,charge_type,amount\n";

    @Autowired
    DataSource dataSource;

    @Autowired
    IngestService ingest;

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

    @Test
    void aByteOrderMarkOrZeroWidthSpaceInAnIdNeverMakesASecondCustomer() {
        inbox.write("customers.csv", CUSTOMERS
                + "C001,王伟,13800000001,全球通,广州,INDIVIDUAL,,2020-01-15,ACTIVE\n"
                + "\uFEFFC002,李娜,13800000002,动感地带,深圳,STUDENT,,2023-09-01,ACTIVE\n"
                + "C001\u200B,王伟,13800000001,全球通,广州,INDIVIDUAL,,2020-01-15,ACTIVE\n");
        inbox.write(BILLS, BILL_HEADER
                + "L1,C001,2024-10,PLAN,100.00\n"
                + "L2,\u200BC001,2024-10,DATA,20.00\n"
                + "L3,C0\u200D01\uFEFF,2024-10,VOICE,3.00\n"
                + "L4,C002,2024-10,PLAN,50.00\n"
                + "L1\u200B,C001,2024-10,PLAN,100.00\n");

        List<FileOutcome> outcomes = ingest.ingestAll(inbox.root());

        assertThat(outcomes).extracting(FileOutcome::status).containsOnly(Status.LOADED);
        assertThat(jdbc.queryForList("SELECT customer_id FROM customer ORDER BY customer_id", String.class))
                .containsExactly("C001", "C002");
        assertThat(outcomes.get(1).counts()).as("L1 twice is one line").isEqualTo(new IngestCounts(5, 4, 0, 1));
        assertThat(BillTotalsQuery.sum(jdbc, "customer_id = 'C001'")).isEqualByComparingTo("123.00");
        assertThat(count("ingest_reject")).isZero();
    }

    @Test
    void controlCharactersLeaveNamesAndAnIdWithOneIsRejected() {
        inbox.write("customers.csv", CUSTOMERS
                + "C001,王\u0000伟\u001B[2J,13800000001,全球\u0007通,广州,INDIVIDUAL,,2020-01-15,ACTIVE\n"
                + "C002,\"Li\tNa\",13800000002,动感地带,深圳,STUDENT,,2023-09-01,ACTIVE\n");
        // alone in its file, so that its reject does not fail the good rows' file over the limit
        inbox.write("customers_broken.csv", CUSTOMERS
                + "C0\u000703,张三,13800000003,神州行,广州,GROUP,,2019-05-20,ACTIVE\n");

        ingest.ingestAll(inbox.root());

        assertThat(jdbc.queryForMap("SELECT name, brand FROM customer WHERE customer_id = 'C001'"))
                .containsEntry("name", "王伟[2J").containsEntry("brand", "全球通");
        assertThat(jdbc.queryForObject("SELECT name FROM customer WHERE customer_id = 'C002'", String.class))
                .isEqualTo("Li\tNa");
        assertThat(jdbc.queryForList("SELECT line_no, field, reason FROM ingest_reject")).singleElement()
                .satisfies(reject -> {
                    assertThat(((Number) reject.get("line_no")).longValue()).isEqualTo(2);
                    assertThat(reject).containsEntry("field", "customer_id").containsEntry("reason",
                            "holds the control character U+0007 at position 3; an id must be plain text");
                });
    }

    @Test
    void amountsPastTheBoundAreRejectedWithFileLineAndFieldInsteadOfOverflowingTheSums() {
        inbox.canonical();
        StringBuilder bills = new StringBuilder(BILL_HEADER);
        for (int line = 1; line <= 12; line++) {
            bills.append("X").append(line).append(",C001,2024-10,PLAN,9999999999999999.99\n");
        }
        inbox.write(BILLS, bills.toString());

        List<FileOutcome> outcomes = ingest.ingestAll(inbox.root());

        FileOutcome bill = outcomes.stream().filter(o -> o.source() == Source.BILL_LINES).findFirst().orElseThrow();
        assertThat(bill.status()).isEqualTo(Status.FAILED);
        assertThat(bill.message()).contains(BILLS).contains("amount 9999999999999999.99 is beyond the largest "
                + "amount allowed, 10000000 yuan either way (jinpai.sources.max-amount.bill-lines");
        List<Map<String, Object>> rejects = jdbc.queryForList("SELECT line_no, field FROM ingest_reject ORDER BY line_no");
        assertThat(rejects).hasSize(12).allSatisfy(reject -> assertThat(reject).containsEntry("field", "amount"));
        assertThat(((Number) rejects.get(0).get("line_no")).longValue()).isEqualTo(2);
        assertThat(count("bill_total")).isZero();
    }

    long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    @OnH2
    static class H2Tests extends HostileExportsIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends HostileExportsIntegrationTests {
    }
}
