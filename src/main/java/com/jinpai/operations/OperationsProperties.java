package com.jinpai.operations;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How runs are guarded, watched and scheduled (config/operations.yml).
 *
 * @param jobsDir folder of the schedule files ({@code nightly.yml}, {@code month-close.yml})
 * @param heartbeatInterval how often a running process renews its run lock
 * @param staleAfter a run lock not renewed for this long belongs to a process that died
 * @param progressInterval when not on a terminal, a progress log line this often
 * @param shutdownTimeout on SIGTERM, how long the scheduler waits for its runs to stop at a commit
 */
@Validated
@ConfigurationProperties("jinpai.operations")
public record OperationsProperties(
        @NotNull Path jobsDir,
        @NotNull Duration heartbeatInterval,
        @NotNull Duration staleAfter,
        @NotNull Duration progressInterval,
        @NotNull Duration shutdownTimeout) {

    /** A lock must survive a missed heartbeat or two (GC pause, slow database) before it looks dead. */
    @AssertTrue(message = "jinpai.operations.stale-after must be at least three heartbeat intervals")
    public boolean isStaleAfterLongEnough() {
        return heartbeatInterval == null || staleAfter == null
                || staleAfter.compareTo(heartbeatInterval.multipliedBy(3)) >= 0;
    }
}
