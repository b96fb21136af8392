/**
 * The month's partitions on other processes: Spring Batch remote partitioning over RabbitMQ
 * ({@code jinpai.remote} in {@code config/partitions.yml}). The manager's
 * {@code MessageChannelPartitionHandler} sends Spring Batch's {@code StepExecutionRequest} for
 * each partition through a Spring Integration AMQP adapter to one durable queue, and polls the
 * job repository for the outcome; {@code jinpai worker} processes take the requests one at a
 * time and run the partition step with Spring Batch's {@code StepExecutionRequestHandler}. The
 * job repository (the one database) is the only shared state; nothing here is a protocol of
 * its own.
 *
 * <p>What Spring Batch leaves to the application, and this package adds: workers register and
 * renew a row in {@code value_worker} naming the partition they run, so the manager's
 * {@link com.jinpai.remote.PartitionWatch} can fail a partition whose worker died (or that no
 * worker took within {@code answer-timeout}) instead of waiting for ever; the broker is checked
 * before a run starts; {@code status} lists the workers and the partitions in flight.
 */
package com.jinpai.remote;
