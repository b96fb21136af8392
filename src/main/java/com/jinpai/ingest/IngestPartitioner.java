package com.jinpai.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The partitions of a monthly source's ingest: its months, dealt to at most {@code gridSize}
 * partitions so that their bytes are about even (largest month first, to the lightest partition).
 * A month is never split: its files load in one partition in name order, so the month's distinct
 * line ids and its re-derivation after a correction stay as in a serial ingest. A partition is
 * named by source and months ({@code bill-lines-2026-08+2026-10}), and its context carries the
 * source, the absolute inbox and the months, not the files: a partition run again lists its
 * months' files again and the ledger skips what is loaded.
 */
final class IngestPartitioner implements Partitioner {

    static final String SOURCE = "ingest.partition.source";
    static final String INBOX = "ingest.partition.inbox";
    static final String MONTHS = "ingest.partition.months";

    private final Source source;
    private final Path inbox;
    private final SortedMap<String, List<Path>> months;

    /** @param months the source's files by month ({@link IngestService#filesByMonth}) */
    IngestPartitioner(Source source, Path inbox, SortedMap<String, List<Path>> months) {
        this.source = source;
        this.inbox = inbox.toAbsolutePath().normalize();
        this.months = months;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<List<String>> deals = deal(sizes(), gridSize);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (List<String> dealt : deals) {
            ExecutionContext context = new ExecutionContext();
            context.putString(SOURCE, source.id());
            context.putString(INBOX, inbox.toString());
            context.putString(MONTHS, String.join(",", dealt));
            partitions.put(source.id() + "-" + String.join("+", dealt), context);
        }
        return partitions;
    }

    /**
     * Months with their bytes, dealt to at most {@code count} partitions: largest first (ties in
     * month order) to the partition with fewest bytes (ties: the first). Each partition's months in
     * month order; partitions in the order of their first month.
     */
    static List<List<String>> deal(Map<String, Long> bytes, int count) {
        List<String> bySize = new ArrayList<>(bytes.keySet());
        bySize.sort(Comparator.comparing((String month) -> bytes.get(month)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        int partitions = Math.min(Math.max(count, 1), bytes.size());
        List<TreeSet<String>> dealt = new ArrayList<>();
        long[] load = new long[partitions];
        for (int k = 0; k < partitions; k++) {
            dealt.add(new TreeSet<>());
        }
        for (String month : bySize) {
            int lightest = 0;
            for (int k = 1; k < partitions; k++) {
                if (load[k] < load[lightest]) {
                    lightest = k;
                }
            }
            dealt.get(lightest).add(month);
            load[lightest] += bytes.get(month);
        }
        return dealt.stream().sorted(Comparator.comparing(TreeSet::first)).map(set -> List.copyOf(set)).toList();
    }

    private Map<String, Long> sizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        months.forEach((month, files) -> sizes.put(month, files.stream().mapToLong(IngestPartitioner::size).sum()));
        return sizes;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
    }

    static Source source(ExecutionContext context) {
        String id = context.getString(SOURCE);
        return Arrays.stream(Source.values()).filter(source -> source.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no source " + id));
    }

    static Path inbox(ExecutionContext context) {
        return Path.of(context.getString(INBOX));
    }

    static Set<String> months(ExecutionContext context) {
        return Set.of(context.getString(MONTHS).split(","));
    }
}
