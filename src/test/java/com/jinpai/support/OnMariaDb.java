package com.jinpai.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * An integration test on a MariaDB / MySQL server through mysql-connector-j. Skipped when no
 * server answers, except on CI ({@code CI=true}) where it must run and fails instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MariaDbAvailable.class)
@SpringBootTest
@SpringBatchTest
@TestPropertySource(locations = "classpath:mariadb-test.properties")
@ActiveProfiles("mariadb")
public @interface OnMariaDb {
}
