/**
 * The jobs an admin runs ({@code nightly}, {@code month-close}) and the one service that starts,
 * restarts and stops them. Job configurations only chain the flows the feature packages expose
 * ({@code ingestFlow}, {@code monthCloseValueFlow}, {@code nightlyValueFlow}, {@code actionsFlow});
 * the month is the identifying parameter, so a re-run of October is October again.
 */
package com.jinpai.jobs;
