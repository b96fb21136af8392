package com.jinpai.value;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The partitions of one closed month: {@code gridSize} customer-id bucket ranges, named
 * {@code MONTH-pK} (so each month's partitions are their own step executions, and a restart
 * finds the failed ones of the month it stopped in), each context carrying the month, its range
 * and the closed months the manager planned with.
 */
final class MonthPartitioner implements Partitioner {

    static final String MONTH = "value.partition.month";
    static final String FROM = "value.partition.from";
    static final String TO = "value.partition.to";
    static final String CLOSED = "value.partition.closed";

    private final YearMonth month;
    private final List<YearMonth> closedMonths;

    MonthPartitioner(YearMonth month, List<YearMonth> closedMonths) {
        this.month = month;
        this.closedMonths = List.copyOf(closedMonths);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<CustomerBuckets.Range> ranges = CustomerBuckets.split(gridSize);
        for (int k = 0; k < ranges.size(); k++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(MONTH, month.toString());
            context.putInt(FROM, ranges.get(k).from());
            context.putInt(TO, ranges.get(k).to());
            context.putString(CLOSED, String.join(",", closedMonths.stream().map(YearMonth::toString).toList()));
            partitions.put(month + "-p" + (k + 1), context);
        }
        return partitions;
    }

    static YearMonth month(ExecutionContext context) {
        return YearMonth.parse(context.getString(MONTH));
    }

    static CustomerBuckets.Range range(ExecutionContext context) {
        return new CustomerBuckets.Range(context.getInt(FROM), context.getInt(TO));
    }

    static List<YearMonth> closedMonths(ExecutionContext context) {
        String closed = context.getString(CLOSED);
        return closed.isEmpty() ? List.of() : java.util.Arrays.stream(closed.split(",")).map(YearMonth::parse).toList();
    }
}
