package com.jinpai.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestPartitionerTests {

    @Test
    void monthsAreDealtLargestFirstToTheLightestPartitionNeverSplit() {
        Map<String, Long> bytes = new LinkedHashMap<>();
        bytes.put("2026-07", 10L);
        bytes.put("2026-08", 100L);
        bytes.put("2026-09", 90L);
        bytes.put("2026-10", 30L);
        bytes.put("2026-11", 60L);

        assertThat(IngestPartitioner.deal(bytes, 2)).containsExactly(
                List.of("2026-07", "2026-08", "2026-10"), // 100 + 30 + 10
                List.of("2026-09", "2026-11"));           // 90 + 60
    }

    @Test
    void neverMorePartitionsThanMonthsNorThanTheCount() {
        Map<String, Long> bytes = new LinkedHashMap<>();
        bytes.put("2026-08", 5L);
        bytes.put("2026-09", 5L);

        assertThat(IngestPartitioner.deal(bytes, 4)).containsExactly(List.of("2026-08"), List.of("2026-09"));
        assertThat(IngestPartitioner.deal(bytes, 1)).containsExactly(List.of("2026-08", "2026-09"));
        assertThat(IngestPartitioner.deal(Map.of(), 4)).isEmpty();
    }
}
