package com.jinpai.system.jdbc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SplitBulkInsertTests {

    @Test
    void slicesAreContiguousAndAtMostOneRowApart() {
        assertThat(SplitBulkInsert.slices(10, 3)).containsExactly(0, 3, 6, 10);
        assertThat(SplitBulkInsert.slices(1_000_001, 2)).containsExactly(0, 500_000, 1_000_001);
        assertThat(SplitBulkInsert.slices(7, 1)).containsExactly(0, 7);
    }

    @Test
    void fewerRowsThanWritersMakeNoEmptySlice() {
        assertThat(SplitBulkInsert.slices(2, 4)).containsExactly(0, 1, 2);
        assertThat(SplitBulkInsert.slices(0, 2)).containsExactly(0);
    }
}
