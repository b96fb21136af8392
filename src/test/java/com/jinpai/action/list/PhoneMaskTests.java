package com.jinpai.action.list;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneMaskTests {

    @Test
    void keepsTheFirstThreeAndLastFourDigits() {
        assertThat(PhoneMask.mask("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void masksTheMainlandNumberBehindACountryCodeOrSeparators() {
        assertThat(PhoneMask.mask("+86 138-1234-5678")).isEqualTo("138****5678");
        assertThat(PhoneMask.mask("8613812345678")).isEqualTo("138****5678");
    }

    @Test
    void otherLengthsStillHideTheMiddle() {
        assertThat(PhoneMask.mask("057187654321")).isEqualTo("057*****4321");
        assertThat(PhoneMask.mask("12345678")).isEqualTo("123*5678");
    }

    @Test
    void aNumberTooShortToHideAnythingIsStarredWhole() {
        assertThat(PhoneMask.mask("1234567")).isEqualTo("*******");
        assertThat(PhoneMask.mask("95")).isEqualTo("**");
    }

    @Test
    void noNumberIsAnEmptyCell() {
        assertThat(PhoneMask.mask(null)).isEmpty();
        assertThat(PhoneMask.mask("")).isEmpty();
        assertThat(PhoneMask.mask("=1+2")).isEqualTo("**");
    }
}
