package com.jinpai.cli;

import org.springframework.context.ApplicationContext;

/**
 * Starts, on a command's first request, the part of the application the command needs. Commands
 * call it inside {@code call()}, never in a constructor or a field, so that parsing, {@code --help}
 * and usage errors never start Spring, the database or Flyway.
 */
@FunctionalInterface
public interface Launcher {

    /**
     * @throws StartupFailure when the application cannot start (database unreachable, a settings
     *         file that does not parse or bind); its message says what to fix
     */
    ApplicationContext start(Needs needs);

    /** A launcher over an application that is already running (tests, an embedding process). */
    static Launcher of(ApplicationContext context) {
        return needs -> context;
    }

    /** A bean of the application started for {@code needs}. */
    default <T> T bean(Needs needs, Class<T> type) {
        return start(needs).getBean(type);
    }
}
