package com.jinpai.system.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

class LockRetryTests {

    /** Records what each transaction was opened with and how it ended. */
    static final class RecordingTransactions implements PlatformTransactionManager {
        final List<String> events = new ArrayList<>();

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            events.add("begin isolation=" + definition.getIsolationLevel() + " propagation="
                    + definition.getPropagationBehavior());
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
            events.add("commit");
        }

        @Override
        public void rollback(TransactionStatus status) {
            events.add("rollback");
        }
    }

    private final RecordingTransactions transactions = new RecordingTransactions();

    @Test
    void aDeadlockVictimRunsAgainInANewTransactionAndItsSecondResultCounts() {
        AtomicInteger calls = new AtomicInteger();
        int rows = new LockRetry(transactions, 2).run("2026-09 close, buckets 512..768", () -> {
            if (calls.incrementAndGet() == 1) {
                throw new CannotAcquireLockException("Deadlock found when trying to get lock");
            }
            return 42;
        });
        assertThat(rows).isEqualTo(42);
        assertThat(calls).hasValue(2);
        String begin = "begin isolation=" + TransactionDefinition.ISOLATION_READ_COMMITTED + " propagation="
                + TransactionDefinition.PROPAGATION_REQUIRES_NEW;
        assertThat(transactions.events).containsExactly(begin, "rollback", begin, "commit");
    }

    @Test
    void afterTheLastRetryTheLockFailureReachesTheCaller() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> new LockRetry(transactions, 2).run("work", () -> {
            calls.incrementAndGet();
            throw new CannotAcquireLockException("Lock wait timeout exceeded");
        })).isInstanceOf(PessimisticLockingFailureException.class).hasMessageContaining("Lock wait timeout");
        assertThat(calls).hasValue(3);
        assertThat(transactions.events).filteredOn("rollback"::equals).hasSize(3);
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> new LockRetry(transactions, 5).run("work", () -> {
            calls.incrementAndGet();
            throw new DataIntegrityViolationException("duplicate key");
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls).hasValue(1);
    }
}
