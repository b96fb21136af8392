package com.jinpai.ingest;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerIdSetTests {

    @Test
    void containsExactlyTheIdsAdded() {
        CustomerIdSet ids = CustomerIdSet.builder().add("C001").add("C002").add("客户7").add("").build();
        assertThat(ids.size()).isEqualTo(4);
        assertThat(ids.test("C001")).isTrue();
        assertThat(ids.test("C002")).isTrue();
        assertThat(ids.test("客户7")).isTrue();
        assertThat(ids.test("")).isTrue();
        assertThat(ids.test("C003")).isFalse();
        assertThat(ids.test("c001")).isFalse();
        assertThat(ids.test("C0011")).isFalse();
        assertThat(ids.test("客户8")).isFalse();
    }

    @Test
    void emptySetContainsNothing() {
        assertThat(CustomerIdSet.builder().build().test("C001")).isFalse();
    }

    @Test
    void agreesWithAHashSetOnManyIds() {
        Random random = new Random(42);
        Set<String> expected = new HashSet<>();
        CustomerIdSet.Builder builder = CustomerIdSet.builder();
        while (expected.size() < 200_000) {
            String id = "C" + random.nextInt(10_000_000);
            if (expected.add(id)) {
                builder.add(id);
            }
        }
        CustomerIdSet ids = builder.build();
        for (int i = 0; i < 10_000_000; i += 7) {
            String id = "C" + i;
            assertThat(ids.test(id)).as(id).isEqualTo(expected.contains(id));
        }
    }
}
