package com.jinpai.ingest;

import java.sql.ResultSet;
import java.util.Objects;

import com.jinpai.system.jdbc.StreamingReads;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ids of the customer table, read once per job run and shared by the steps that check
 * customer ids; a customers file loaded in between makes the next check read them again. Outside
 * a job (no execution id) every request reads the table.
 */
@Component
class KnownCustomers {

    private static final int FETCH_SIZE = 10_000;

    private final JdbcTemplate jdbc;
    private @Nullable Long cachedFor;
    private @Nullable CustomerIdSet cached;

    KnownCustomers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids as of now, read again unless this job run has read them since the table last changed. */
    synchronized CustomerIdSet forRun(@Nullable Long jobExecutionId) {
        if (jobExecutionId == null || cached == null || !Objects.equals(cachedFor, jobExecutionId)) {
            cached = load();
            cachedFor = jobExecutionId;
        }
        return cached;
    }

    /** The customer table changed: the next check reads it again. */
    synchronized void changed() {
        cached = null;
        cachedFor = null;
    }

    private CustomerIdSet load() {
        CustomerIdSet.Builder builder = CustomerIdSet.builder();
        // the customer table's ids streamed on MySQL rather than copied into a server cursor's temporary table first
        new StreamingReads(Objects.requireNonNull(jdbc.getDataSource()), FETCH_SIZE).query(
                "SELECT customer_id FROM customer", (ResultSet rs) -> {
                    builder.add(rs.getString(1));
                });
        return builder.build();
    }
}
