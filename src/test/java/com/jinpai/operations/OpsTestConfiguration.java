package com.jinpai.operations;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * TEST ONLY. Operations settings for the shared test contexts: the test schedule files, and short
 * intervals so that tests of heartbeats and progress take seconds.
 */
@Configuration(proxyBeanMethods = false)
class OpsTestConfiguration {

    @Bean
    @Primary
    OperationsProperties testOperationsProperties() {
        return new OperationsProperties(Path.of("src/test/resources/jobs"), Duration.ofMillis(500),
                Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(20));
    }

    /**
     * Quartz keeps one connection provider per scheduler name for the whole JVM, and the H2 and
     * MariaDB test contexts live in the same JVM: the same name would send one context's scheduler to
     * the other's database.
     */
    @Bean
    @Profile("h2")
    SchedulerFactoryBeanCustomizer h2SchedulerName() {
        return factory -> factory.setSchedulerName("jinpai-h2");
    }
}
