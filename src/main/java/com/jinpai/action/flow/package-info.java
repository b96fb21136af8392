/**
 * The actions part of a run ({@code actionsFlow}, embedded by {@code nightly} and {@code month-close}):
 * refresh VIP assignments, expire past-due actions, issue the current period's actions, write the
 * lists, and the read-side counts for the run summary and report. It is the one package that
 * puts {@code action.rule}, {@code action.assign} and {@code action.list} together, so it depends on
 * them and nothing in {@code action} depends on it: the database work is set-based SQL or one
 * streamed read with batched writes, the decisions stay in the plain rule classes.
 */
package com.jinpai.action.flow;
