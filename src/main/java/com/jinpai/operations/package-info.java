/**
 * Operating the jobs: starting, re-running, restarting and stopping them for the command line and
 * the scheduler alike ({@link com.jinpai.operations.JobRunner}), the run lock that keeps two runs
 * of a job and month apart across processes ({@link com.jinpai.operations.RunLocks}; a lock whose
 * process ended on this host is free at once, see {@code LockHolder}), what a run that lost its
 * database says ({@code DatabaseOutage}), backfills, execution history, progress display and the
 * run summary printed at the end of a run.
 */
package com.jinpai.operations;
