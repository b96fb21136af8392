package com.jinpai.ingest.quality;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The day of the newest payment loaded: the owner of that figure for the payments freshness check
 * and for {@link PaymentCoverage}. Each payments file records at ingest the newest paid_at among the
 * rows it holds ({@code ingest_file.newest_at}), so this reads the ledger's few rows instead of
 * scanning the payment table. A corrected file replaces its figure with its rows.
 */
@Component
public class NewestPayment {

    private final JdbcTemplate jdbc;

    NewestPayment(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest paid_at's day among the loaded payments files, or null when none holds a payment. */
    public @Nullable LocalDate day() {
        Timestamp newest = jdbc.queryForObject("SELECT MAX(newest_at) FROM ingest_file WHERE source = 'payments'"
                + " AND status = 'LOADED'", Timestamp.class);
        return newest == null ? null : newest.toLocalDateTime().toLocalDate();
    }
}
