package com.jinpai.value;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the work of a run is split ({@code jinpai.partitions} in {@code config/partitions.yml}): a
 * closed month's evaluation by customer-id hash range, and the ingest of the monthly sources (bill
 * lines, usage) by month.
 *
 * @param count partitions per month by customer-id hash range; 1 evaluates the month whole in one
 *        transaction, more run the per-customer part in partitions and the whole-month part
 *        (ranks, deciles, top-N, RFM quintiles, segment totals) after them; the nightly estimate
 *        is split the same way on the local threads ({@link EstimatePartitions}); also the most
 *        partitions a monthly source's ingest is dealt into (never more than its months)
 * @param localThreads threads running partitions in this process when {@code jinpai.remote.enabled}
 *        is off, and the estimate's partitions always
 * @param lockRetries how many times a partition (or an ingest file) the database rolled back as a
 *        deadlock victim (or after a lock wait timeout) runs again at once, before it fails
 * @param writers connections that write a month's {@code customer_month} rows at once, each a key
 *        range, when its partitions ran on this process's threads (a closed month's or the
 *        estimate's); 1 writes them in the month's own
 *        transaction. Each takes a connection from the pool while the month is written. Default 2
 *        when a config folder from before this setting leaves it out.
 */
@Validated
@ConfigurationProperties("jinpai.partitions")
public record PartitionProperties(
        @Min(1) @Max(CustomerBuckets.COUNT) int count,
        @Min(1) int localThreads,
        @Min(0) int lockRetries,
        @Min(1) @DefaultValue("2") int writers) {
}
