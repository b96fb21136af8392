/**
 * Whether the inputs are fit to publish from: the rules that judge them and the step, summary and
 * command that apply them.
 * <ul>
 * <li>{@link com.jinpai.ingest.quality.ShrinkGuard}: a snapshot file (customers, account managers)
 * that would drop more than a share of the known keys is refused unless accepted on purpose;</li>
 * <li>{@link com.jinpai.ingest.quality.FreshnessRule}: each source's newest data against the run's
 * as-of date, with warn and error ages like dbt's source freshness;</li>
 * <li>{@link com.jinpai.ingest.quality.VolumeBand}: a fact file's rows against the trailing median
 * of the same source's earlier files, pro-rated by days while the file's period is in progress (the
 * payments of a bill still being paid), so a normal inbox raises no alarm.</li>
 * </ul>
 * The rules are plain classes; {@link com.jinpai.ingest.quality.InputChecks} reads the loaded data
 * to feed them, the {@code inputsCheckStep} fails a run before anything is published when a source is
 * in ERROR, and {@code jinpai check} shows the same assessment without running a job. Settings:
 * {@link com.jinpai.ingest.quality.InputsProperties} ({@code jinpai.inputs} in {@code config/sources.yml}).
 */
package com.jinpai.ingest.quality;
