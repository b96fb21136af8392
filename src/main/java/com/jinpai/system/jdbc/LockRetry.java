package com.jinpai.system.jdbc;

import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that replaces its own rows in one transaction of its own at READ COMMITTED, run again when
 * the database chose it as a deadlock victim or timed out its lock wait. InnoDB rolls such a
 * transaction back whole and asks the client to re-issue it; work that deletes and rewrites exactly
 * its own rows can be, without changing the result.
 */
public final class LockRetry {

    private static final Logger log = LoggerFactory.getLogger(LockRetry.class);

    private final TransactionTemplate transaction;
    private final int retries;

    /** @param retries how many times the work is run again after a lock failure (0: never) */
    public LockRetry(PlatformTransactionManager transactionManager, int retries) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.retries = retries;
    }

    /**
     * @param what names the work in the log line of a retry ("2026-09 close, buckets 512..768")
     * @return the work's result
     * @throws PessimisticLockingFailureException when the last attempt failed on a lock too
     */
    public int run(String what, IntSupplier work) {
        for (int attempt = 1; ; attempt++) {
            try {
                Integer result = transaction.execute(status -> work.getAsInt());
                return result == null ? 0 : result;
            }
            catch (PessimisticLockingFailureException ex) {
                if (attempt > retries) {
                    throw ex;
                }
                log.warn("{}: {} — rolled back by the database, running it again (attempt {} of {})", what,
                        rootMessage(ex), attempt + 1, retries + 1);
            }
        }
    }

    private static String rootMessage(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
