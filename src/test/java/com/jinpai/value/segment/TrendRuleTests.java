package com.jinpai.value.segment;

import java.math.BigDecimal;

import com.jinpai.value.spend.Fen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendRuleTests {

    private final TrendRule rule = new TrendRule(new TrendProperties(new BigDecimal("1.20"), new BigDecimal("0.70"),
            3, 30));

    @Test
    void bandsAreInclusiveAtTheirLines() {
        // prior average 200.00: 240.00 is exactly 120%, 140.00 exactly 70%
        assertThat(rule.classify(12, 0, 24000, 20000)).isEqualTo(Trend.GROWING);
        assertThat(rule.classify(12, 0, 23999, 20000)).isEqualTo(Trend.STABLE);
        assertThat(rule.classify(12, 0, 14000, 20000)).isEqualTo(Trend.DECLINING);
        assertThat(rule.classify(12, 0, 14001, 20000)).isEqualTo(Trend.STABLE);
    }

    @Test
    void tenureUnderThreeMonthsIsNewBeforeAnythingElse() {
        assertThat(rule.classify(2, -1, 0, 20000)).isEqualTo(Trend.NEW);
        assertThat(rule.classify(0, 0, 90000, Fen.NONE)).isEqualTo(Trend.NEW);
        assertThat(rule.classify(3, 0, 90000, 20000)).isEqualTo(Trend.GROWING);
    }

    @Test
    void noUsageInTheLastThirtyDaysIsDormantBeforeTheSpendBands() {
        assertThat(rule.classify(12, 30, 90000, 20000)).isEqualTo(Trend.DORMANT);
        assertThat(rule.classify(12, -1, 90000, 20000)).isEqualTo(Trend.DORMANT);
        assertThat(rule.classify(12, 29, 90000, 20000)).isEqualTo(Trend.GROWING);
    }

    @Test
    void noPriorAverageIsNew() {
        assertThat(rule.classify(12, 0, 10000, Fen.NONE)).isEqualTo(Trend.NEW);
    }

    @Test
    void aPriorAverageOfZeroComparesBySign() {
        assertThat(rule.classify(12, 0, 1, 0)).isEqualTo(Trend.GROWING);
        assertThat(rule.classify(12, 0, 0, 0)).isEqualTo(Trend.STABLE);
        assertThat(rule.classify(12, 0, -1, 0)).isEqualTo(Trend.DECLINING);
    }
}
