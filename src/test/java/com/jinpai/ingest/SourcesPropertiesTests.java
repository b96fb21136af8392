package com.jinpai.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourcesPropertiesTests {

    @Test
    void shippedConfigDescribesTheCanonicalLayout() throws IOException {
        SourcesProperties shipped = SourcesYaml.bind(Files.readString(Path.of("config/sources.yml")));
        assertThat(shipped.rejectLimit()).isEqualByComparingTo("0.01");
        assertThat(shipped.batchSize()).isEqualTo(5000);
        for (Source source : Source.values()) {
            SourceMapping mapping = shipped.mapping(source);
            assertThat(mapping.patternOr(source)).as(source.id()).isEqualTo(source.canonicalPattern());
            assertThat(mapping.encoding()).isEqualTo(Charset.forName("UTF-8"));
            assertThat(mapping.delimiter()).isEqualTo(',');
            assertThat(mapping.moneyUnit()).isEqualTo(SourceMapping.MoneyUnit.YUAN);
            for (Field field : Layout.of(source).fields()) {
                assertThat(mapping.header(field.name())).as(source.id() + "." + field.name()).isEqualTo(field.name());
            }
            assertThat(mapping.headers().keySet()).as(source.id())
                    .containsExactlyInAnyOrderElementsOf(Layout.of(source).fields().stream().map(Field::name).toList());
        }
        assertThat(shipped.mapping(Source.CUSTOMERS).defaults()).containsEntry("status", "ACTIVE");
        assertThat(shipped.mapping(Source.ACCOUNT_MANAGERS).defaults()).containsEntry("capacity", "0");
    }

    @Test
    void sourcesLeftOutTakeTheCanonicalLayoutWithItsDefaults() {
        SourcesProperties properties = SourcesYaml.bind("jinpai.sources.reject-limit: 0.05");
        assertThat(properties.rejectLimit()).isEqualByComparingTo("0.05");
        assertThat(properties.batchSize()).isEqualTo(5000);
        assertThat(properties.mapping(Source.BILL_LINES).patternOr(Source.BILL_LINES))
                .isEqualTo("billing/bill_lines_*.csv");
        assertThat(properties.mapping(Source.ACCOUNT_MANAGERS).defaults()).containsEntry("capacity", "0");
        assertThat(SourcesProperties.canonical().mapping(Source.CUSTOMERS).defaults()).containsEntry("status", "ACTIVE");
    }

    @Test
    void chineseHeadersSpellingsAndFenBindFromYaml() {
        SourcesProperties properties = SourcesYaml.bind("""
                jinpai:
                  sources:
                    bill-lines:
                      pattern: "账单/*.txt"
                      encoding: GB18030
                      delimiter: "\\t"
                      headers:
                        line_id: 流水号
                        customer_id: 客户编号
                      money-unit: FEN
                      month-formats: [yyyyMM, yyyy-MM]
                      values:
                        charge_type:
                          PLAN: [套餐费, 月租费]
                          VOICE: 语音费
                """);
        SourceMapping mapping = properties.mapping(Source.BILL_LINES);
        assertThat(mapping.pattern()).isEqualTo("账单/*.txt");
        assertThat(mapping.encoding()).isEqualTo(Charset.forName("GB18030"));
        assertThat(mapping.delimiter()).isEqualTo('\t');
        assertThat(mapping.header("customer_id")).isEqualTo("客户编号");
        assertThat(mapping.header("amount")).isEqualTo("amount");
        assertThat(mapping.moneyUnit()).isEqualTo(SourceMapping.MoneyUnit.FEN);
        assertThat(mapping.monthFormats()).containsExactly("yyyyMM", "yyyy-MM");
        assertThat(mapping.values()).isEqualTo(Map.of("charge_type",
                Map.of("PLAN", List.of("套餐费", "月租费"), "VOICE", List.of("语音费"))));
        assertThat(mapping.dateFormats()).containsExactly("yyyy-MM-dd");
    }

    @Test
    void aHeaderForAFieldTheSourceDoesNotHaveFailsAtStart() {
        assertThatThrownBy(() -> SourcesYaml.bind("jinpai.sources.bill-lines.headers.amount_fen: 金额"))
                .rootCause().hasMessageContaining("jinpai.sources.bill-lines.headers.amount_fen: no such field");
    }

    @Test
    void aSpellingForAnUnknownCodeFailsAtStart() {
        assertThatThrownBy(() -> SourcesYaml.bind("jinpai.sources.bill-lines.values.charge_type.LOTTERY: [彩票]"))
                .rootCause().hasMessageContaining("values.charge_type.LOTTERY: not a charge_type");
    }

    @Test
    void aSpellingListedUnderTwoCodesFailsAtStart() {
        assertThatThrownBy(() -> SourcesYaml.bind("""
                jinpai.sources.bill-lines.values.charge_type:
                  PLAN: [费用]
                  VOICE: [费用]
                """)).rootCause().hasMessageContaining("'费用' is listed under both");
    }

    @Test
    void aBadDateFormatFailsAtStart() {
        assertThatThrownBy(() -> SourcesYaml.bind("jinpai.sources.customers.date-formats: [yyyy-MM-dd-qqqqqq]"))
                .rootCause().hasMessageContaining("jinpai.sources.customers.date-formats: 'yyyy-MM-dd-qqqqqq'");
    }

    @Test
    void aCopyCanSwapOneMapping() {
        SourcesProperties canonical = SourcesProperties.canonical();
        SourceMapping semicolons = new SourceMapping("x/*.csv", Charset.forName("UTF-8"), ';', Map.of(), List.of("yyyy-MM-dd"),
                List.of("yyyy-MM-dd HH:mm:ss"), List.of("yyyy-MM"), SourceMapping.MoneyUnit.YUAN, Map.of(), Map.of(),
                SourceMapping.DEFAULT_FILE_MONTH);
        SourcesProperties changed = canonical.with(Source.USAGE, semicolons);
        assertThat(changed.mapping(Source.USAGE).delimiter()).isEqualTo(';');
        assertThat(changed.mapping(Source.BILL_LINES)).isEqualTo(canonical.mapping(Source.BILL_LINES));
        assertThat(changed.rejectLimit()).isEqualTo(new BigDecimal("0.01"));
    }
}
