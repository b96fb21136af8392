package com.jinpai.operations;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class LockHolderTests {

    @Test
    void readsHostAndPidOfAHolder() {
        assertThat(LockHolder.parse("db-1.example:4242#7")).isEqualTo(new LockHolder("db-1.example", 4242));
        assertThat(LockHolder.parse("host:12")).isEqualTo(new LockHolder("host", 12));
        assertThat(LockHolder.parse("no-pid#1")).isNull();
        assertThat(LockHolder.parse("host:abc#1")).isNull();
    }

    @Test
    void aHolderIsGoneOnlyOnItsOwnHostAndOnlyWhenItsProcessEnded() throws Exception {
        long dead = deadPid();
        assertThat(new LockHolder("here", dead).isGoneOn("here")).isTrue();
        assertThat(new LockHolder("elsewhere", dead).isGoneOn("here")).isFalse();
        assertThat(new LockHolder("here", ProcessHandle.current().pid()).isGoneOn("here")).isFalse();
    }

    @Test
    void aFreshLockOfAProcessThatEndedOnThisHostIsStaleAtOnce() throws Exception {
        OperationsProperties properties = new OperationsProperties(Path.of("jobs"), Duration.ofSeconds(10),
                Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(2));
        RunLocks locks = new RunLocks(new JdbcTemplate(), properties);
        try {
            String host = InetAddress.getLocalHost().getHostName();
            Instant now = Instant.now();
            assertThat(locks.isStale(lock(host + ":" + deadPid() + "#1", now))).isTrue();
            assertThat(locks.isStale(lock(host + ":" + ProcessHandle.current().pid() + "#1", now))).isFalse();
            assertThat(locks.isStale(lock("another-host:" + deadPid() + "#1", now))).as("across hosts the heartbeat "
                    + "decides").isFalse();
            assertThat(locks.isStale(lock("another-host:1#1", now.minus(Duration.ofMinutes(11))))).isTrue();
        }
        finally {
            locks.destroy();
        }
    }

    private static RunLock lock(String holder, Instant heartbeat) {
        return new RunLock("nightly", "2026-10", holder, 42L, heartbeat, heartbeat);
    }

    /** The pid of a process that has just ended. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }
}
