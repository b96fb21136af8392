package com.jinpai.value.spend;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FenTests {

    @Test
    void convertsYuanHalfUpToTwoDecimals() {
        assertThat(Fen.of(new BigDecimal("12.345"))).isEqualTo(1235);
        assertThat(Fen.of(new BigDecimal("12.3449"))).isEqualTo(1234);
        assertThat(Fen.of(new BigDecimal("-0.005"))).isEqualTo(-1);
        // amounts already in fen (scale 2), zero, negative and at the bound a long holds in fen
        assertThat(Fen.of(new BigDecimal("12.30"))).isEqualTo(1230);
        assertThat(Fen.of(new BigDecimal("-0.07"))).isEqualTo(-7);
        assertThat(Fen.of(new BigDecimal("0.00"))).isZero();
        assertThat(Fen.of(new BigDecimal("12"))).isEqualTo(1200);
        assertThat(Fen.of(new BigDecimal("1E+3"))).isEqualTo(100_000);
        assertThat(Fen.of(BigDecimal.valueOf(Long.MAX_VALUE, 2))).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Fen.of(new BigDecimal("92233720368547758.08")))
                .isInstanceOf(ArithmeticException.class);
        assertThat(Fen.yuan(-1234)).isEqualByComparingTo("-12.34");
        assertThat(Fen.yuan(5).scale()).isEqualTo(2);
    }

    @Test
    void aSumThatPassesWhatALongHoldsFailsSayingWhatToDoInsteadOfWrappingRound() {
        long bound = Fen.of(new BigDecimal("10000000"));
        long sum = 0;
        for (int line = 0; line < 1_000_000; line++) {
            sum = Fen.add(sum, bound);
        }
        assertThat(Fen.yuan(sum)).isEqualByComparingTo("10000000000000");
        assertThatThrownBy(() -> Fen.add(Long.MAX_VALUE, 1)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("amounts add up past 92233720368547758.07 yuan")
                .hasMessageContaining("jinpai.sources.max-amount");
    }

    @Test
    void dividesHalfUpAwayFromZeroOnAHalf() {
        assertThat(Fen.divideHalfUp(5, 2)).isEqualTo(3);
        assertThat(Fen.divideHalfUp(-5, 2)).isEqualTo(-3);
        assertThat(Fen.divideHalfUp(4, 3)).isEqualTo(1);
        assertThat(Fen.divideHalfUp(5, 3)).isEqualTo(2);
        assertThat(Fen.divideHalfUp(-4, 3)).isEqualTo(-1);
        assertThat(Fen.divideHalfUp(0, 7)).isZero();
        assertThatThrownBy(() -> Fen.divideHalfUp(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scalesWithOneRounding() {
        // 88.00 yuan * 10 / 31 = 28.387... -> 28.39
        assertThat(Fen.scaleHalfUp(8800, 10, 31)).isEqualTo(2839);
    }
}
