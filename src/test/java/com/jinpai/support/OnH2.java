package com.jinpai.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * An integration test on the embedded H2 database. Every class with this annotation shares one
 * Spring context (and so one in-memory database); {@link TestDatabase#reset()} clears it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@SpringBatchTest
@TestPropertySource(locations = "classpath:h2-test.properties")
@ActiveProfiles("h2")
public @interface OnH2 {
}
