/**
 * Schedules from the files under {@code jobs/}: loading and checking them, registering them as
 * Quartz jobs and cron triggers on the database job store (clustered, so a second scheduler
 * process never double-fires), the long-running {@code scheduler} process, and what
 * {@code schedule list|pause|resume|trigger} and {@code status} need to know about them. The Quartz
 * job only hands the run to {@link com.jinpai.operations.JobRunner}, so a scheduled run is guarded and
 * reported exactly like one started from the command line.
 */
package com.jinpai.schedule;
