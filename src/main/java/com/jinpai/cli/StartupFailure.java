package com.jinpai.cli;

import java.util.List;

/**
 * The application could not start for a reason the user can fix. The lines say what went wrong
 * and what to do (which server and user, which file, line and setting); the cause is kept for
 * {@code --debug}.
 */
public final class StartupFailure extends RuntimeException {

    private final List<String> lines;

    StartupFailure(List<String> lines, Throwable cause) {
        super(String.join(System.lineSeparator(), lines), cause);
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
