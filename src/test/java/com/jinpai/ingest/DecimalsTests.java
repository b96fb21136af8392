package com.jinpai.ingest;

import java.math.BigDecimal;

import com.jinpai.ingest.SourceMapping.MoneyUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimalsTests {

    @Test
    void yuanKeepsTwoDecimalsExactly() throws InvalidValue {
        assertThat(Decimals.money("128.00", 2, MoneyUnit.YUAN)).isEqualTo(new BigDecimal("128.00"));
        assertThat(Decimals.money("-20", 2, MoneyUnit.YUAN)).isEqualTo(new BigDecimal("-20.00"));
        assertThat(Decimals.money("+0.5", 2, MoneyUnit.YUAN)).isEqualTo(new BigDecimal("0.50"));
        assertThat(Decimals.money(".05", 2, MoneyUnit.YUAN)).isEqualTo(new BigDecimal("0.05"));
        assertThat(Decimals.money("0.10", 2, MoneyUnit.YUAN)).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void trailingZerosPastTheScaleAreNotRounding() throws InvalidValue {
        assertThat(Decimals.money("12.300", 2, MoneyUnit.YUAN)).isEqualTo(new BigDecimal("12.30"));
    }

    @Test
    void moreDecimalsThanTheColumnKeepsIsRejectedNotRounded() {
        assertThatThrownBy(() -> Decimals.money("12.345", 2, MoneyUnit.YUAN))
                .isInstanceOf(InvalidValue.class).hasMessage("more than 2 decimals");
    }

    @Test
    void fenAreWholeNumbersDividedByAHundred() throws InvalidValue {
        assertThat(Decimals.money("12800", 2, MoneyUnit.FEN)).isEqualTo(new BigDecimal("128.00"));
        assertThat(Decimals.money("-2000", 2, MoneyUnit.FEN)).isEqualTo(new BigDecimal("-20.00"));
        assertThat(Decimals.money("7", 2, MoneyUnit.FEN)).isEqualTo(new BigDecimal("0.07"));
        assertThatThrownBy(() -> Decimals.money("12.5", 2, MoneyUnit.FEN))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("not a whole number of fen");
    }

    @Test
    void usageRatedAmountsKeepFourDecimalsInYuanAndTwoInFen() throws InvalidValue {
        assertThat(Decimals.money("10.2450", 4, MoneyUnit.YUAN)).isEqualTo(new BigDecimal("10.2450"));
        assertThat(Decimals.money("1024.5", 4, MoneyUnit.FEN)).isEqualTo(new BigDecimal("10.2450"));
    }

    @Test
    void onlyPlainNumbersAreNumbers() {
        for (String text : new String[] {"abc", "", "-", ".", "1e5", "1,5", "1.2.3", "¥12", "12 ", " 1", "0x10"}) {
            assertThatThrownBy(() -> Decimals.money(text, 2, MoneyUnit.YUAN))
                    .as(text).isInstanceOf(InvalidValue.class).hasMessageStartingWith("not a number");
        }
    }

    @Test
    void numbersTooLargeForTheColumnAreRejected() throws InvalidValue {
        assertThatThrownBy(() -> Decimals.money("12345678901234567.00", 2, MoneyUnit.YUAN))
                .isInstanceOf(InvalidValue.class).hasMessage("too large");
        assertThat(Decimals.money("9999999999999999", 2, MoneyUnit.YUAN)).isEqualTo(new BigDecimal("9999999999999999.00"));
        assertThatThrownBy(() -> Decimals.money("99999999999999999", 2, MoneyUnit.YUAN))
                .isInstanceOf(InvalidValue.class).hasMessage("too large");
    }

    @Test
    void leadingZerosDoNotCountAsDigits() throws InvalidValue {
        assertThat(Decimals.parse("000000000000000000000012.5", 2)).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void quantitiesAreDecimalsWithTheirOwnScale() throws InvalidValue {
        assertThat(Decimals.parse("1024.5", 3)).isEqualTo(new BigDecimal("1024.500"));
        assertThatThrownBy(() -> Decimals.parse("1.2345", 3)).hasMessage("more than 3 decimals");
    }

    @Test
    void countsAreWholeAndNotNegative() throws InvalidValue {
        assertThat(Decimals.count("200")).isEqualTo(200);
        assertThat(Decimals.count("0")).isZero();
        assertThatThrownBy(() -> Decimals.count("-1")).hasMessage("must not be negative");
        assertThatThrownBy(() -> Decimals.count("1.5")).hasMessage("not a whole number");
        assertThatThrownBy(() -> Decimals.count("99999999999")).hasMessage("too large");
    }
}
