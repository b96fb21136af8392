package com.jinpai.value;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How a closed month's evaluation is split ({@code jinpai.partitions} in {@code config/partitions.yml}).
 *
 * @param count partitions per month by customer-id hash range; 1 evaluates the month whole in one
 *        transaction, more run the per-customer part in partitions and the whole-month part
 *        (ranks, deciles, top-N, RFM quintiles, segment totals) after them
 * @param localThreads threads running partitions in this process when {@code jinpai.remote.enabled}
 *        is off
 * @param lockRetries how many times a partition the database rolled back as a deadlock victim (or
 *        after a lock wait timeout) runs again at once, before it fails
 */
@Validated
@ConfigurationProperties("jinpai.partitions")
public record PartitionProperties(
        @Min(1) @Max(CustomerBuckets.COUNT) int count,
        @Min(1) int localThreads,
        @Min(0) int lockRetries) {
}
