package com.jinpai.value;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Customer-id hash buckets, the unit the month evaluation is partitioned by: a customer's bucket
 * is the CRC-32 of its id's UTF-8 bytes modulo {@link #COUNT}, the same in every process and on
 * every run. A partition is a contiguous range of buckets, so any partition count up to
 * {@code COUNT} splits the customers evenly whatever their ids look like, and changing the
 * partition count needs no rewrite of the stored buckets.
 *
 * <p>The one owner of the rule: the ingest stores each row's bucket ({@code value_bucket} of
 * {@code customer}, {@code bill_total}, {@code usage_day}, {@code payment}) with this method, the
 * evaluation stores it on the rows it writes, and the migration that filled the rows loaded before
 * uses it too, so that a partition reads its own rows by index instead of filtering whole months.
 */
public final class CustomerBuckets {

    public static final int COUNT = 1024;

    private CustomerBuckets() {
    }

    public static int of(String customerId) {
        CRC32 crc = new CRC32();
        crc.update(customerId.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % COUNT);
    }

    /** Buckets {@code from} (inclusive) to {@code to} (exclusive). */
    record Range(int from, int to) {

        static final Range ALL = new Range(0, COUNT);

        Range {
            if (from < 0 || to > COUNT || from >= to) {
                throw new IllegalArgumentException("bucket range " + from + ".." + to + " is not inside 0.." + COUNT);
            }
        }

        boolean contains(String customerId) {
            int bucket = of(customerId);
            return bucket >= from && bucket < to;
        }

        boolean all() {
            return from == 0 && to == COUNT;
        }
    }

    /** {@code partitions} contiguous ranges covering every bucket once, in order. */
    static List<Range> split(int partitions) {
        if (partitions < 1 || partitions > COUNT) {
            throw new IllegalArgumentException("partitions must be 1.." + COUNT + "; got " + partitions);
        }
        List<Range> ranges = new ArrayList<>(partitions);
        for (int k = 0; k < partitions; k++) {
            ranges.add(new Range(k * COUNT / partitions, (k + 1) * COUNT / partitions));
        }
        return ranges;
    }
}
