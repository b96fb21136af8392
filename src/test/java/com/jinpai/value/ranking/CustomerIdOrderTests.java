package com.jinpai.value.ranking;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerIdOrderTests {

    @Test
    void ordersAsTheUtf8BytesDo() {
        String supplementary = "A\uD83D\uDE00";   // U+1F600, 4 UTF-8 bytes starting 0xF0
        String highBmp = "A\uFF21";               // U+FF21, 3 UTF-8 bytes starting 0xEF

        assertThat(CustomerIdOrder.INSTANCE.compare(highBmp, supplementary)).isNegative();
        assertThat(highBmp.compareTo(supplementary)).isPositive();
        assertThat(Arrays.compareUnsigned(highBmp.getBytes(StandardCharsets.UTF_8),
                supplementary.getBytes(StandardCharsets.UTF_8))).isNegative();
    }

    @Test
    void upperCaseBeforeLowerCaseAndPrefixesFirst() {
        assertThat(CustomerIdOrder.INSTANCE.compare("C2", "c1")).isNegative();
        assertThat(CustomerIdOrder.INSTANCE.compare("C1", "C10")).isNegative();
        assertThat(CustomerIdOrder.INSTANCE.compare("C10", "C9")).isNegative();
        assertThat(CustomerIdOrder.INSTANCE.compare("C9", "C9")).isZero();
    }
}
