package com.jinpai.operations;

import java.net.URI;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import com.jinpai.operations.RunResult.Outcome;

/**
 * A run that lost its database: instead of hundreds of lines of pool time-outs, one sentence with
 * the server, the step and the remedy. The execution stays as the outage left it (STARTED, its
 * lock in place): {@code restart} recovers it, and takes the lock over at once because its process
 * has ended ({@link LockHolder}).
 */
final class DatabaseOutage {

    /** SQLSTATE class 08: connection exception (MySQL's communications link failure is 08S01). */
    private static final String CONNECTION_CLASS = "08";
    /** H2: connection broken (90067), database closed (90098), server not reachable (90046 URL, 90117 remote). */
    private static final int[] H2_CONNECTION_ERRORS = {90067, 90098, 90117};

    private final String address;
    private final CurrentSteps steps;

    DatabaseOutage(String address, CurrentSteps steps) {
        this.address = address;
        this.steps = steps;
    }

    /** True when the failure is the database connection being lost or refused. */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isConnectionState(sql) || isH2ConnectionError(sql))) {
                return true;
            }
        }
        return false;
    }

    /** The outcome of a run that lost the database; {@code failure} rethrown when it is something else. */
    RunResult result(RuntimeException failure, @Nullable Long executionId) {
        if (!isOutage(failure)) {
            throw failure;
        }
        String step = executionId == null ? null : steps.of(executionId);
        String remedy = executionId == null ? "when it is back, run the same command again"
                : "when it is back, `jinpai restart " + executionId + "` resumes execution " + executionId
                        + " from its last commit";
        return new RunResult(Outcome.FAILED, null, "lost the database at " + address
                + (step == null ? "" : " during " + step) + ": " + reason(failure) + " — " + remedy);
    }

    /** The first line of the innermost database message ("Communications link failure"). */
    private static String reason(Throwable failure) {
        String reason = failure.getMessage();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null) {
                reason = cause.getMessage();
            }
        }
        if (reason == null) {
            return failure.getClass().getSimpleName();
        }
        String first = reason.strip().lines().findFirst().orElse(reason).strip();
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }

    private static boolean isConnectionState(SQLException sql) {
        return sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_CLASS);
    }

    private static boolean isH2ConnectionError(SQLException sql) {
        for (int code : H2_CONNECTION_ERRORS) {
            if (sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    /** host:port of a JDBC URL ({@code jdbc:mysql://db:3306/x}, {@code jdbc:h2:tcp://127.0.0.1:4242/x}). */
    static String address(@Nullable String jdbcUrl) {
        if (jdbcUrl == null) {
            return "(unknown address)";
        }
        int slashes = jdbcUrl.indexOf("//");
        if (slashes < 0) {
            return jdbcUrl.startsWith("jdbc:h2:") ? "the embedded database " + jdbcUrl.substring(5).split(";")[0]
                    : jdbcUrl;
        }
        try {
            URI uri = URI.create("db:" + jdbcUrl.substring(slashes).split("[;?]")[0]);
            return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        }
        catch (IllegalArgumentException ex) {
            return jdbcUrl.substring(slashes + 2).split("[/;?]")[0].toLowerCase(Locale.ROOT);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        static CurrentSteps currentSteps() {
            return new CurrentSteps();
        }

        @Bean
        DatabaseOutage databaseOutage(DataSource dataSource, CurrentSteps currentSteps) {
            String url = dataSource instanceof HikariDataSource hikari ? hikari.getJdbcUrl() : null;
            return new DatabaseOutage(address(url), currentSteps);
        }
    }
}
