package com.jinpai.value;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The evaluated customers of a month's partitions, handed to the manager in memory when they run
 * on threads of its own process: the manager ranks them without reading the month back and writes
 * each {@code customer_month} row once, whole-month columns included ({@link ValueEvaluator#rankHandedOver}).
 * The manager opens a month before its partitions run; a partition that finds its month open hands
 * its frame and values over instead of writing its rows. A {@code jinpai worker} process never has
 * a month open, so remote partitions write their rows and the manager reads them back. The
 * partitions of an open month also share their reads of the customers and of the earlier months'
 * rows ({@link #takeFrame}).
 */
@Component
class MonthHandover {

    /** One partition's customers, their inputs and per-customer values. */
    record Part(CustomerBuckets.Range range, MonthFrame frame, MonthValues values) {
    }

    private record Key(long jobExecutionId, YearMonth month) {
    }

    /**
     * The frames of an open month's partitions, read for all of them at once by the first one that
     * asks ({@link #takeFrame}): each partition then scans the earlier months' rows for nothing but
     * its own customers, and the server scans them once, not once per partition.
     */
    private static final class SharedFrames {

        private final List<CustomerBuckets.Range> ranges;
        private Map<CustomerBuckets.Range, MonthFrame> frames;
        private boolean read;

        SharedFrames(List<CustomerBuckets.Range> ranges) {
            this.ranges = List.copyOf(ranges);
        }

        synchronized MonthFrame take(CustomerBuckets.Range range,
                Function<List<CustomerBuckets.Range>, Map<CustomerBuckets.Range, MonthFrame>> readAll) {
            if (!ranges.contains(range)) {
                return null;
            }
            if (!read) {
                // a failed read leaves every partition to read its own
                read = true;
                frames = new ConcurrentHashMap<>(readAll.apply(ranges));
            }
            return frames == null ? null : frames.remove(range);
        }
    }

    private final Map<Key, Map<Integer, Part>> open = new ConcurrentHashMap<>();
    private final Map<Key, SharedFrames> shared = new ConcurrentHashMap<>();

    /** Opens a month whose partitions are the {@code ranges} (every bucket once) on threads of this process. */
    void open(long jobExecutionId, YearMonth month, List<CustomerBuckets.Range> ranges) {
        Key key = new Key(jobExecutionId, month);
        open.put(key, new ConcurrentHashMap<>());
        shared.put(key, new SharedFrames(ranges));
    }

    /**
     * The frame of partition {@code range} of an open month with its customers and earlier rows: the
     * first partition to ask reads them for every partition of the month ({@code readAll}), the
     * others wait for that read and take theirs. Null when there is none to take (the month is not
     * open, the range is not one of its partitions, or the partition runs again after taking its
     * frame): the partition then reads its own.
     */
    MonthFrame takeFrame(long jobExecutionId, YearMonth month, CustomerBuckets.Range range,
            Function<List<CustomerBuckets.Range>, Map<CustomerBuckets.Range, MonthFrame>> readAll) {
        SharedFrames frames = shared.get(new Key(jobExecutionId, month));
        return frames == null ? null : frames.take(range, readAll);
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
        shared.remove(new Key(jobExecutionId, month));
    }
}
