/**
 * The run contract that feature packages and the job wiring share: the job names and their
 * parameter keys ({@link com.jinpai.run.JobNames}) and the section a feature contributes to the
 * summary printed at the end of a run ({@link com.jinpai.run.RunSummarySection}). Small on
 * purpose and dependent on no feature, so that {@code ingest}, {@code value}, {@code action} and
 * {@code report} can speak of a run without knowing who starts it.
 */
package com.jinpai.run;
