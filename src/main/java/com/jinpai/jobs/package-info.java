/**
 * The jobs an admin runs ({@code nightly}, {@code month-close}), assembled from the flows the
 * feature packages expose ({@code ingestFlow}, {@code monthCloseValueFlow},
 * {@code valueCatchUpFlow}, {@code nightlyValueFlow}, {@code actionsFlow}); the month is the
 * identifying parameter, so a re-run of October is October again. Wiring only: no rule and no
 * run operation lives here.
 */
package com.jinpai.jobs;
