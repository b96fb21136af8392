/**
 * Customer value per month, end to end: which closed months need (re)evaluation, reading a
 * month's inputs with set-based SQL, evaluating it with the rules of its sub-packages {@code spend},
 * {@code tier}, {@code ranking} and {@code segment}, and rewriting its rows in one transaction. Exposes the
 * {@code monthCloseValueFlow} and {@code nightlyValueFlow} beans the jobs are built from, and
 * {@link com.jinpai.value.ValueSummaryQuery} for run summaries and the report: what a month's
 * evaluation keeps of the month (totals, tiers, star moves, the revenue Pareto curve), so that
 * neither reads the month's rows again.
 *
 * <p>A month of a million customers is held as parallel primitive arrays indexed by the
 * customer's position ({@code MonthFrame}, {@code History}, {@code MonthValues}) rather than a
 * million objects: a few hundred megabytes at most, one pass per rule, batch writes.
 *
 * <p>A closed month is evaluated in partitions by customer-id hash bucket ({@code CustomerBuckets},
 * {@code jinpai.partitions}): each partition needs only its own customers' inputs and history for
 * the per-customer figures, and the figures that need every customer (ranks, deciles, top-N, RFM
 * quintiles, segment totals) follow once on the manager ({@code MonthByMonthStep}). The partitions
 * run through a Spring Batch {@code PartitionHandler}: local threads by default, worker processes
 * when the {@code remote} package supplies one.
 */
package com.jinpai.value;
