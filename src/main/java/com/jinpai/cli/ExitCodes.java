package com.jinpai.cli;

import com.jinpai.operations.RunResult;

/** The exit codes every command keeps to. */
final class ExitCodes {

    static final int OK = 0;
    static final int JOB_FAILED = 1;
    static final int USAGE = 2;
    static final int ALREADY_RUNNING = 3;

    private ExitCodes() {
    }

    static int of(RunResult result) {
        return switch (result.outcome()) {
            case COMPLETED, STOPPING -> OK;
            case FAILED -> JOB_FAILED;
            case ALREADY_RUNNING -> ALREADY_RUNNING;
            case ALREADY_COMPLETE, REJECTED -> USAGE;
        };
    }
}
