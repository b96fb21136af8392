package com.jinpai.system;

import javax.sql.DataSource;

import com.jinpai.support.OnH2;
import com.jinpai.support.OnMariaDb;
import com.jinpai.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway builds the whole schema (application, Spring Batch, Quartz) on both databases. */
abstract class SchemaIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Test
    void flywayCreatesApplicationBatchAndQuartzTables() {
        var jdbc = new TestDatabase(dataSource).jdbc();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_LOCKS", Integer.class)).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ingest_file", Integer.class)).isNotNull();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).hasSizeGreaterThanOrEqualTo(3);
    }

    @OnH2
    static class H2Tests extends SchemaIntegrationTests {
    }

    @OnMariaDb
    static class MariaDbTests extends SchemaIntegrationTests {
    }
}
