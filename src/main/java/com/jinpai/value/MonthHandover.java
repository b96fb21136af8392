package com.jinpai.value;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The evaluated customers of a month's partitions, handed to the manager in memory when they run
 * on threads of its own process: the manager ranks them without reading the month back and writes
 * each {@code customer_month} row once, whole-month columns included ({@link ValueEvaluator#rankHandedOver}).
 * The manager opens a month before its partitions run; a partition that finds its month open hands
 * its frame and values over instead of writing its rows. A {@code jinpai worker} process never has
 * a month open, so remote partitions write their rows and the manager reads them back.
 */
@Component
class MonthHandover {

    /** One partition's customers, their inputs and per-customer values. */
    record Part(CustomerBuckets.Range range, MonthFrame frame, MonthValues values) {
    }

    private record Key(long jobExecutionId, YearMonth month) {
    }

    private final Map<Key, Map<Integer, Part>> open = new ConcurrentHashMap<>();

    void open(long jobExecutionId, YearMonth month) {
        open.put(new Key(jobExecutionId, month), new ConcurrentHashMap<>());
    }

    boolean isOpen(long jobExecutionId, YearMonth month) {
        return open.containsKey(new Key(jobExecutionId, month));
    }

    /** A partition's result; a partition run again (a lock retry) replaces what it handed over before. */
    void put(long jobExecutionId, YearMonth month, Part part) {
        Map<Integer, Part> parts = open.get(new Key(jobExecutionId, month));
        if (parts == null) {
            throw new IllegalStateException("month " + month + " is not open for partitions handed over in memory");
        }
        parts.put(part.range().from(), part);
    }

    /** The parts of the given ranges, in that order; every one of them must have been handed over. */
    List<Part> parts(long jobExecutionId, YearMonth month, List<CustomerBuckets.Range> ranges) {
        Map<Integer, Part> parts = open.getOrDefault(new Key(jobExecutionId, month), Map.of());
        List<Part> result = new ArrayList<>(ranges.size());
        for (CustomerBuckets.Range range : ranges) {
            Part part = parts.get(range.from());
            if (part == null || part.range().to() != range.to()) {
                throw new IllegalStateException("month " + month + ": the partition of buckets " + range.from() + ".."
                        + range.to() + " handed nothing over");
            }
            result.add(part);
        }
        return result;
    }

    /** Forgets the month's parts (after it committed or failed). */
    void close(long jobExecutionId, YearMonth month) {
        open.remove(new Key(jobExecutionId, month));
    }
}
