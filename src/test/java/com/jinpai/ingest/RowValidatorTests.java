package com.jinpai.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.jinpai.ingest.RowValidator.RejectedRow;
import com.jinpai.system.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How one record becomes column values under a mapping. */
class RowValidatorTests {

    private static final RowValidator.Context CONTEXT = new RowValidator.Context(id -> id.startsWith("C"),
            YearMonth.of(2024, 11), ZoneId.of("Asia/Shanghai"));

    private static Object[] validate(SourcesProperties properties, Source source, String csv) throws RejectedRow {
        try (CSVParser parser = CsvFiles.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, properties.mapping(source).delimiter())) {
            List<CSVRecord> records = parser.getRecords();
            RowValidator validator = new RowValidator(Layout.of(source), properties.mapping(source),
                    parser.getHeaderNames(), new RowValidator.Context(CONTEXT.knownCustomer(), CONTEXT.fileMonth(),
                            CONTEXT.zone(), properties.maxAmount()));
            return validator.validate(records.get(0));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void spellingsMapToCanonicalValuesAndFenBecomeYuan() throws RejectedRow {
        SourcesProperties properties = SourcesYaml.bind("""
                jinpai.sources.bill-lines:
                  delimiter: "|"
                  headers: {line_id: 流水号, customer_id: 客户编号, bill_month: 账期, charge_type: 费用类型, amount: 金额}
                  month-formats: [yyyyMM]
                  money-unit: FEN
                  values:
                    charge_type: {PLAN: [套餐费, 月租费], DISCOUNT: [优惠]}
                """);

        assertThat(validate(properties, Source.BILL_LINES, "流水号|客户编号|账期|费用类型|金额\nB1|C1|202411|月租费|12800\n"))
                .containsExactly("B1", "C1", "2024-11", "PLAN", new BigDecimal("128.00"));
        assertThat(validate(properties, Source.BILL_LINES, "流水号|客户编号|账期|费用类型|金额\nB2|C1|202411|优惠|-2000\n"))
                .containsExactly("B2", "C1", "2024-11", "DISCOUNT", new BigDecimal("-20.00"));
    }

    @Test
    void anAmountPastTheBoundOfItsFieldIsRejectedNamingTheSetting() throws RejectedRow {
        String header = "line_id,customer_id,bill_month,charge_type,amount\n";
        assertThatThrownBy(() -> validate(SourcesProperties.canonical(), Source.BILL_LINES,
                header + "L1,C1,2024-11,PLAN,9999999999999999.99\n"))
                .isInstanceOf(RejectedRow.class)
                .hasMessage("amount 9999999999999999.99 is beyond the largest amount allowed, 10000000 yuan either "
                        + "way (jinpai.sources.max-amount.bill-lines in config/sources.yml)")
                .extracting(ex -> ((RejectedRow) ex).field()).isEqualTo("amount");
        assertThatThrownBy(() -> validate(SourcesProperties.canonical(), Source.BILL_LINES,
                header + "L1,C1,2024-11,REFUND,-10000000.01\n")).isInstanceOf(RejectedRow.class);
        assertThat(validate(SourcesProperties.canonical(), Source.BILL_LINES,
                header + "L1,C1,2024-11,PLAN,10000000.00\n")[4]).isEqualTo(new BigDecimal("10000000.00"));

        SourcesProperties lower = SourcesYaml.bind("jinpai.sources.max-amount: {payments: 5000, usage: 5}\n");
        assertThatThrownBy(() -> validate(lower, Source.USAGE, "customer_id,usage_date,service,quantity,unit,"
                + "rated_amount\nC1,2024-11-02,DATA,10.5,MB,5.0001\n")).isInstanceOf(RejectedRow.class)
                .hasMessageContaining("rated_amount 5.0001 is beyond the largest amount allowed, 5 yuan")
                .hasMessageContaining("jinpai.sources.max-amount.usage");
        assertThatThrownBy(() -> validate(lower, Source.PAYMENTS, "payment_id,customer_id,paid_at,amount,channel\n"
                + "P1,C1,2024-11-02T10:00:00,5000.01,APP\n")).isInstanceOf(RejectedRow.class);
        assertThat(lower.maxAmount().billLines()).isEqualTo(new BigDecimal(MaxAmounts.DEFAULT_BILL_LINE));
    }

    @Test
    void invisibleCharactersLeaveIdsAndControlCharactersLeaveFreeText() throws RejectedRow {
        String header = "customer_id,name,msisdn,brand,region,customer_type,group_id,join_date,status\n";
        assertThat(validate(SourcesProperties.canonical(), Source.CUSTOMERS,
                header + "\u200BC001\uFEFF,王\u0007伟\u0000,138,b,r,INDIVIDUAL,G\u200B1,2020-01-15,ACTIVE\u200B\n"))
                .containsExactly("C001", "王伟", "138", "b", "r", "INDIVIDUAL", "G1", java.time.LocalDate.of(2020, 1, 15),
                        "ACTIVE");
        assertThatThrownBy(() -> validate(SourcesProperties.canonical(), Source.BILL_LINES,
                "line_id,customer_id,bill_month,charge_type,amount\nL\u001B1,C1,2024-11,PLAN,1.00\n"))
                .isInstanceOf(RejectedRow.class)
                .hasMessage("holds the control character U+001B at position 2; an id must be plain text")
                .extracting(ex -> ((RejectedRow) ex).field()).isEqualTo("line_id");
        assertThatThrownBy(() -> validate(SourcesProperties.canonical(), Source.BILL_LINES,
                "line_id,customer_id,bill_month,charge_type,amount\n\u200B,C1,2024-11,PLAN,1.00\n"))
                .isInstanceOf(RejectedRow.class).hasMessage("required but empty");
    }

    @Test
    void canonicalCodesAreAcceptedInAnyCase() throws RejectedRow {
        assertThat(validate(SourcesProperties.canonical(), Source.BILL_LINES,
                "line_id,customer_id,bill_month,charge_type,amount\nL1,C1,2024-11,plan,1.00\n")[3]).isEqualTo("PLAN");
    }

    @Test
    void headersMatchRegardlessOfCase() throws RejectedRow {
        assertThat(validate(SourcesProperties.canonical(), Source.BILL_LINES,
                "LINE_ID,Customer_Id,BILL_MONTH,Charge_Type,AMOUNT\nL1,C1,2024-11,PLAN,1.00\n")[0]).isEqualTo("L1");
    }

    @Test
    void textLongerThanItsColumnIsRejected() {
        String longId = "L".repeat(65);
        assertThatThrownBy(() -> validate(SourcesProperties.canonical(), Source.BILL_LINES,
                "line_id,customer_id,bill_month,charge_type,amount\n" + longId + ",C1,2024-11,PLAN,1.00\n"))
                .isInstanceOf(RejectedRow.class).hasMessage("longer than 64 characters")
                .extracting(ex -> ((RejectedRow) ex).field()).isEqualTo("line_id");
    }

    @Test
    void unknownCustomersAreRejected() {
        assertThatThrownBy(() -> validate(SourcesProperties.canonical(), Source.PAYMENTS,
                "payment_id,customer_id,paid_at,amount,channel\nP1,X1,2024-11-01T10:00:00,10.00,APP\n"))
                .isInstanceOf(RejectedRow.class).hasMessage("unknown customer (not in the customer table)");
    }

    @Test
    void aCustomersRowsTogetherAreLookedUpOnceAndAnUnknownOneAfterThemIsStillRejected() throws IOException {
        List<String> asked = new ArrayList<>();
        RowValidator.Context context = new RowValidator.Context(id -> {
            asked.add(id);
            return id.startsWith("C");
        }, CONTEXT.fileMonth(), CONTEXT.zone());
        String csv = """
                payment_id,customer_id,paid_at,amount,channel
                P1,C1,2024-11-01T10:00:00,10.00,APP
                P2,C1,2024-11-02T10:00:00,10.00,APP
                P3,X1,2024-11-03T10:00:00,10.00,APP
                P4,X1,2024-11-04T10:00:00,10.00,APP
                P5,C1,2024-11-05T10:00:00,10.00,APP
                """;
        try (CSVParser parser = CsvFiles.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, ',')) {
            List<CSVRecord> records = parser.getRecords();
            RowValidator validator = new RowValidator(Layout.of(Source.PAYMENTS),
                    SourcesProperties.canonical().mapping(Source.PAYMENTS), parser.getHeaderNames(), context);
            List<String> outcomes = new ArrayList<>();
            for (CSVRecord record : records) {
                try {
                    outcomes.add((String) validator.validate(record)[1]);
                }
                catch (RejectedRow rejected) {
                    outcomes.add(rejected.getMessage());
                }
            }

            assertThat(outcomes).containsExactly("C1", "C1", "unknown customer (not in the customer table)",
                    "unknown customer (not in the customer table)", "C1");
            assertThat(asked).as("the last known id stays known past unknown ones").containsExactly("C1", "X1", "X1");
            assertThat(outcomes.get(4)).isSameAs(outcomes.get(0)).as("one String for a customer's rows");
        }
    }

    @Test
    void theBillMonthMustBeTheFileMonthAndIsWrittenAsYyyyMm() throws RejectedRow {
        SourcesProperties canonical = SourcesProperties.canonical();
        String header = "line_id,customer_id,bill_month,charge_type,amount\n";

        assertThat(validate(canonical, Source.BILL_LINES, header + "L1,C1,2024-11,PLAN,1.00\n")[2]).isEqualTo("2024-11");
        assertThatThrownBy(() -> validate(canonical, Source.BILL_LINES, header + "L1,C1,2024-10,PLAN,1.00\n"))
                .isInstanceOf(RejectedRow.class).hasMessage("not the month of the file name (2024-11)");
        assertThatThrownBy(() -> validate(canonical, Source.BILL_LINES, header + "L1,C1,2024-13,PLAN,1.00\n"))
                .isInstanceOf(RejectedRow.class).hasMessage("not a month in the formats [yyyy-MM]");

        SourcesProperties compact = SourcesYaml.bind("""
                jinpai.sources.bill-lines:
                  month-formats: [yyyyMM]
                """);
        assertThat(validate(compact, Source.BILL_LINES, header + "L1,C1,202411,PLAN,1.00\n")[2]).isEqualTo("2024-11");
    }

    @Test
    void withoutAFileMonthTheBillMonthIsReadAsWritten() throws IOException, RejectedRow {
        String csv = "line_id,customer_id,bill_month,charge_type,amount\nL1,C1,2024-09,PLAN,1.00\nL2,C1,0999-01,PLAN,1.00\n";
        try (CSVParser parser = CsvFiles.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, ',')) {
            List<CSVRecord> records = parser.getRecords();
            RowValidator validator = new RowValidator(Layout.of(Source.BILL_LINES),
                    SourcesProperties.canonical().mapping(Source.BILL_LINES), parser.getHeaderNames(),
                    new RowValidator.Context(CONTEXT.knownCustomer(), null, CONTEXT.zone()));

            assertThat(validator.validate(records.get(0))[2]).isEqualTo("2024-09");
            assertThat(validator.validate(records.get(1))[2]).isEqualTo("0999-01");
        }
    }

    @Test
    void aRequiredFieldWithoutValueOrDefaultIsRejected() {
        assertThatThrownBy(() -> validate(SourcesProperties.canonical(), Source.ACCOUNT_MANAGERS,
                "manager_id,name,region,email,capacity\nM1,赵敏,,a@b.c,10\n"))
                .isInstanceOf(RejectedRow.class).hasMessage("required but empty");
    }
}
