/**
 * Customer value per month, end to end: which closed months need (re)evaluation, reading a
 * month's inputs with set-based SQL, evaluating it with the rules of its sub-packages {@code spend},
 * {@code tier}, {@code ranking} and {@code segment}, and rewriting its rows in one transaction. Exposes the
 * {@code monthCloseValueFlow} and {@code nightlyValueFlow} beans the jobs are built from, and
 * {@link com.jinpai.value.ValueSummaryQuery} for run summaries.
 *
 * <p>A month of a million customers is held as parallel primitive arrays indexed by the
 * customer's position ({@code MonthFrame}, {@code History}, {@code MonthValues}) rather than a
 * million objects: a few hundred megabytes at most, one pass per rule, batch writes.
 */
package com.jinpai.value;
