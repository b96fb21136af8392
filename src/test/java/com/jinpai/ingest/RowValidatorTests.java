package com.jinpai.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
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
                    parser.getHeaderNames(), CONTEXT);
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
    void aRequiredFieldWithoutValueOrDefaultIsRejected() {
        assertThatThrownBy(() -> validate(SourcesProperties.canonical(), Source.ACCOUNT_MANAGERS,
                "manager_id,name,region,email,capacity\nM1,赵敏,,a@b.c,10\n"))
                .isInstanceOf(RejectedRow.class).hasMessage("required but empty");
    }
}
