package com.jinpai.system.h2;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The server process of the embedded H2 database ({@code jinpai.h2-server} in config/application.yml).
 *
 * @param idleTimeout the server exits after this long without a connected Jinpai process
 * @param startTimeout how long a process waits for a server it started to accept connections
 * @param javaOptions options of the server's JVM (it holds the database cache: 3/8 of its heap unless the
 *        URL sets {@code CACHE_SIZE}, see {@link H2Server})
 */
@Validated
@ConfigurationProperties("jinpai.h2-server")
public record H2ServerProperties(
        @DefaultValue("10m") @NotNull Duration idleTimeout,
        @DefaultValue("60s") @NotNull Duration startTimeout,
        @DefaultValue("-Xmx1g") List<String> javaOptions) {

    public H2ServerProperties {
        javaOptions = List.copyOf(javaOptions);
    }
}
