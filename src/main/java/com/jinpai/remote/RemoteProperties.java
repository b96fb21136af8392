package com.jinpai.remote;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Worker processes and the broker between them and the manager ({@code jinpai.remote} in
 * {@code config/partitions.yml}; the credentials come from the environment).
 *
 * @param enabled send the month's partitions to {@code jinpai worker} processes instead of local threads
 * @param host RabbitMQ host
 * @param port RabbitMQ AMQP port
 * @param username broker user ({@code JINPAI_BROKER_USER})
 * @param password broker password ({@code JINPAI_BROKER_PASSWORD})
 * @param virtualHost broker virtual host
 * @param queue the durable queue the partition requests go to
 * @param connectTimeout how long a connection attempt to the broker may take
 * @param pollInterval how often the manager looks at its partitions in the job repository
 * @param answerTimeout a partition no worker has taken this long after the manager sent it, while no
 *        worker is alive, fails the run
 * @param heartbeatInterval how often a worker renews its row
 * @param staleAfter a worker whose row was not renewed this long is dead, and so is its partition
 * @param shutdownTimeout on SIGTERM a worker finishes its partition (its commit) for at most this long
 */
@Validated
@ConfigurationProperties("jinpai.remote")
public record RemoteProperties(
        boolean enabled,
        @NotBlank String host,
        @Min(1) @Max(65535) int port,
        @NotNull String username,
        @NotNull String password,
        @NotBlank String virtualHost,
        @NotBlank String queue,
        @NotNull Duration connectTimeout,
        @NotNull Duration pollInterval,
        @NotNull Duration answerTimeout,
        @NotNull Duration heartbeatInterval,
        @NotNull Duration staleAfter,
        @NotNull Duration shutdownTimeout) {

    /** Where the broker is, for messages: {@code 127.0.0.1:5672}. */
    String address() {
        return host + ":" + port;
    }
}
