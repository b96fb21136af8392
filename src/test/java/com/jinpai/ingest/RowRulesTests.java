package com.jinpai.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.jinpai.ingest.RowRule.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RowRulesTests {

    private static Row billLine(String chargeType, String amount) {
        return Row.of(Layout.of(Source.BILL_LINES),
                new Object[] {"L1", "C001", "2024-10", chargeType, new BigDecimal(amount)});
    }

    private static Row usage(String service, String quantity, String unit, String rated) {
        return Row.of(Layout.of(Source.USAGE), new Object[] {"C001", LocalDate.of(2024, 10, 1), service,
            new BigDecimal(quantity), unit, new BigDecimal(rated)});
    }

    private static Row complaint(String opened, String firstResponse, String closed) {
        return Row.of(Layout.of(Source.COMPLAINTS), new Object[] {"T1", "C001", LocalDateTime.parse(opened),
            firstResponse == null ? null : LocalDateTime.parse(firstResponse),
            closed == null ? null : LocalDateTime.parse(closed), null, null});
    }

    @Test
    void discountsAndRefundsAreCredits() {
        assertThat(RowRules.billLine(billLine("DISCOUNT", "-20.00"))).isNull();
        assertThat(RowRules.billLine(billLine("REFUND", "0.00"))).isNull();
        assertThat(RowRules.billLine(billLine("DISCOUNT", "20.00"))).extracting(Problem::field).isEqualTo("amount");
        assertThat(RowRules.billLine(billLine("REFUND", "0.01"))).isNotNull();
    }

    @Test
    void chargesAreNotNegativeButAdjustmentsMayGoEitherWay() {
        assertThat(RowRules.billLine(billLine("PLAN", "128.00"))).isNull();
        assertThat(RowRules.billLine(billLine("EQUIPMENT", "0.00"))).isNull();
        assertThat(RowRules.billLine(billLine("VOICE", "-1.00"))).extracting(Problem::reason)
                .isEqualTo("negative, but only DISCOUNT, REFUND and ADJUSTMENT lines may be credits");
        assertThat(RowRules.billLine(billLine("ADJUSTMENT", "-8.80"))).isNull();
        assertThat(RowRules.billLine(billLine("ADJUSTMENT", "8.80"))).isNull();
    }

    @Test
    void usageIsNotNegativeAndItsUnitFitsTheService() {
        assertThat(RowRules.usage(usage("VOICE", "35", "MIN", "3.5"))).isNull();
        assertThat(RowRules.usage(usage("ROAMING", "10", "MB", "9.95"))).isNull();
        assertThat(RowRules.usage(usage("DATA", "10", null, "1"))).isNull();
        assertThat(RowRules.usage(usage("DATA", "10", "MIN", "1")))
                .isEqualTo(new Problem("unit", "DATA usage is measured in MB"));
        assertThat(RowRules.usage(usage("SMS", "-1", "MSG", "0"))).isEqualTo(new Problem("quantity", "must not be negative"));
        assertThat(RowRules.usage(usage("SMS", "1", "MSG", "-0.1")))
                .isEqualTo(new Problem("rated_amount", "must not be negative"));
    }

    @Test
    void complaintsAreNotAnsweredOrClosedBeforeTheyOpen() {
        assertThat(RowRules.complaint(complaint("2024-10-03T09:00", "2024-10-03T10:30", "2024-10-04T18:00"))).isNull();
        assertThat(RowRules.complaint(complaint("2024-10-03T09:00", null, null))).isNull();
        assertThat(RowRules.complaint(complaint("2024-10-03T09:00", "2024-10-03T08:59", null)))
                .isEqualTo(new Problem("first_response_at", "before opened_at"));
        assertThat(RowRules.complaint(complaint("2024-10-03T09:00", null, "2024-10-01T09:00")))
                .isEqualTo(new Problem("closed_at", "before opened_at"));
    }
}
