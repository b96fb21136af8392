package com.jinpai.cli;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Keeps Spring Boot from logging "Application run failed" with a stack trace while the command
 * line starts the application: the command line explains the failure in a sentence instead, and
 * shows the stack trace with {@code --debug}. Registered in {@code META-INF/spring.factories};
 * inactive outside the command line's own start, so tests and other embeddings log as usual.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class QuietStartup implements SpringBootExceptionReporter {

    private static volatile boolean active;

    QuietStartup(ConfigurableApplicationContext context) {
    }

    static void enable(boolean on) {
        active = on;
    }

    @Override
    public boolean reportException(Throwable failure) {
        return active;
    }
}
