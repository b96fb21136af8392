package com.jinpai.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The partitions of an open month read their frames once for all, each takes its own once. */
class MonthHandoverTests {

    private static final YearMonth MONTH = YearMonth.of(2024, 10);
    private static final List<CustomerBuckets.Range> RANGES = CustomerBuckets.split(2);

    private final MonthHandover handover = new MonthHandover();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void theFirstPartitionReadsForAllAndEachTakesItsOwnOnce() {
        handover.open(1, MONTH, RANGES);

        MonthFrame first = handover.takeFrame(1, MONTH, RANGES.get(1), this::readAll);
        MonthFrame second = handover.takeFrame(1, MONTH, RANGES.get(0), this::readAll);
        MonthFrame again = handover.takeFrame(1, MONTH, RANGES.get(1), this::readAll);

        assertThat(reads).hasValue(1);
        assertThat(first.range).isEqualTo(RANGES.get(1));
        assertThat(second.range).isEqualTo(RANGES.get(0));
        assertThat(again).as("a partition run again reads its own").isNull();
    }

    @Test
    void aMonthNotOpenOrARangeNotOneOfItsPartitionsHasNothingToTake() {
        assertThat(handover.takeFrame(1, MONTH, RANGES.get(0), this::readAll)).isNull();
        handover.open(1, MONTH, RANGES);
        assertThat(handover.takeFrame(1, MONTH, CustomerBuckets.Range.ALL, this::readAll)).isNull();
        assertThat(handover.takeFrame(2, MONTH, RANGES.get(0), this::readAll)).isNull();
        handover.close(1, MONTH);
        assertThat(handover.takeFrame(1, MONTH, RANGES.get(0), this::readAll)).isNull();
        assertThat(reads).hasValue(0);
    }

    @Test
    void aFailedReadLeavesEveryOtherPartitionToReadItsOwn() {
        handover.open(1, MONTH, RANGES);

        assertThatThrownBy(() -> handover.takeFrame(1, MONTH, RANGES.get(0), ranges -> {
            throw new IllegalStateException("lost the connection");
        })).hasMessage("lost the connection");

        assertThat(handover.takeFrame(1, MONTH, RANGES.get(1), this::readAll)).isNull();
        assertThat(reads).hasValue(0);
    }

    private Map<CustomerBuckets.Range, MonthFrame> readAll(List<CustomerBuckets.Range> ranges) {
        reads.incrementAndGet();
        Map<CustomerBuckets.Range, MonthFrame> frames = new HashMap<>();
        ranges.forEach(range -> frames.put(range, new MonthFrame(MONTH, LocalDate.of(2024, 10, 31), 0, range)));
        return frames;
    }
}
