package com.jinpai.system;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FuturesTests {

    @Test
    void besideWaitsForTheOthersWhenTheWorkFails() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean ended = new AtomicBoolean();
            Future<Void> side = pool.submit(() -> {
                started.countDown();
                release.await();
                ended.set(true);
                return null;
            });
            started.await();
            assertThatThrownBy(() -> Futures.beside(List.of(side), () -> {
                release.countDown();
                throw new IllegalStateException("work failed");
            }, "the side read")).hasMessage("work failed");
            assertThat(ended).isTrue();
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void besideKeepsTheOthersFailureInTheWorks() {
        Future<Void> side = CompletableFuture.failedFuture(new IllegalArgumentException("side failed"));
        assertThatThrownBy(() -> Futures.beside(List.of(side), () -> {
            throw new IllegalStateException("work failed");
        }, "the side read")).hasMessage("work failed")
                .satisfies(ex -> assertThat(ex.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("side failed"));
    }

    @Test
    void besideThrowsTheOthersFailureWhenTheWorkSucceeds() {
        Future<Void> side = CompletableFuture.failedFuture(new IllegalArgumentException("side failed"));
        AtomicBoolean ran = new AtomicBoolean();
        assertThatThrownBy(() -> Futures.beside(List.of(side), () -> ran.set(true), "the side read"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("side failed");
        assertThat(ran).isTrue();
    }
}
