package com.jinpai.cli;

/**
 * How much of the application a command starts. {@code --help}, {@code --version}, usage errors
 * and {@code generate} start nothing; a command asks for one of these when it runs.
 */
public enum Needs {

    /**
     * The database (Flyway brings the schema up to date), the job repository tables and the
     * schedule store, without the batch jobs: for commands that read or steer ({@code status},
     * {@code history}, {@code schedule}).
     */
    DATABASE,

    /** Everything, the batch jobs included: for commands that run, stop or resume jobs. */
    JOBS
}
