package com.jinpai.operations;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseOutageTests {

    private static final DatabaseOutage OUTAGE = new DatabaseOutage("db.example:3306", new CurrentSteps());

    @Test
    void aLostConnectionIsAnOutageAndOtherDatabaseErrorsAreNot() {
        assertThat(DatabaseOutage.isOutage(new CannotCreateTransactionException("x",
                new SQLException("Communications link failure\n\nThe last packet ...", "08S01")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new RuntimeException(new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 10000ms")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new RuntimeException(new SQLException("Connection is broken", "90067",
                90067)))).isTrue();
        assertThat(DatabaseOutage.isOutage(new DataIntegrityViolationException("duplicate key",
                new SQLException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("ops-test failed on purpose"))).isFalse();
    }

    @Test
    void theSentenceNamesTheServerTheReasonAndTheRestart() {
        RunResult result = OUTAGE.result(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLException("Communications link failure\n\nThe last packet sent ...", "08S01")), 42L);
        assertThat(result.outcome()).isEqualTo(RunResult.Outcome.FAILED);
        assertThat(result.execution()).isNull();
        assertThat(result.message()).isEqualTo("lost the database at db.example:3306: Communications link failure"
                + " — when it is back, `jinpai restart 42` resumes execution 42 from its last commit");
        assertThat(OUTAGE.result(new CannotCreateTransactionException("down"), null).message())
                .endsWith("when it is back, run the same command again");
    }

    @Test
    void anyOtherFailureGoesOnAsItWas() {
        IllegalStateException other = new IllegalStateException("not an outage");
        assertThatThrownBy(() -> OUTAGE.result(other, 1L)).isSameAs(other);
    }

    @Test
    void theAddressComesFromTheJdbcUrl() {
        assertThat(DatabaseOutage.address("jdbc:mysql://db.example:3306/jinpai?rewriteBatchedStatements=true"))
                .isEqualTo("db.example:3306");
        assertThat(DatabaseOutage.address("jdbc:h2:tcp://127.0.0.1:40123/jinpai;MODE=MySQL"))
                .isEqualTo("127.0.0.1:40123");
        assertThat(DatabaseOutage.address("jdbc:mysql://db/jinpai")).isEqualTo("db");
        assertThat(DatabaseOutage.address("jdbc:h2:mem:test;MODE=MySQL")).isEqualTo("the embedded database h2:mem:test");
    }
}
