/**
 * Ingest of the operator's six exports (customers, account managers, bill lines, payments, daily
 * usage, complaints) from the inbox into their tables.
 * <p>
 * Owns the mapping configuration ({@link com.jinpai.ingest.SourcesProperties}, {@code config/sources.yml})
 * that describes each export's file pattern, encoding, delimiter, headers, date formats, money unit and
 * value spellings, so that a differently shaped export needs configuration only; row validation with
 * reject records (amount bounds in {@code MaxAmounts}; ids read strictly and free text without
 * control characters, by {@link com.jinpai.system.PlainText}); the {@code ingest_file} ledger (a file's content is loaded once, a corrected file
 * replaces its earlier version exactly, a file over the reject limit loads nothing); and the
 * {@code ingestFlow} the jobs start with.
 * <p>
 * Bill lines are never stored: they are summed while the file is read into the month's
 * {@code bill_total} rows, and each current file keeps a compact id set ({@code BillLineIdSet}) from
 * which the month is derived again, in file-name order, when another of its files changes
 * ({@code MonthBillLines}: distinct line ids whatever order files arrived in, a reused id with another
 * row a reject naming both lines). A month is the unit of partitioning: bill lines and usage load
 * in partitions by month ({@code PartitionedIngestStep}, {@code IngestPartitioner}) on local threads
 * or worker processes, a month's files in one partition in name order; the month derivation needs
 * only the id sets in the database.
 * <p>
 * Entry points: {@link com.jinpai.ingest.IngestJobConfiguration#ingestFlow}, {@link com.jinpai.ingest.IngestService}
 * (without a job: tests, benchmark) and {@link com.jinpai.ingest.IngestSummary} (the run summary).
 * Everything else is package-private: the rules live in plain classes ({@code RowValidator},
 * {@code RowRules}, {@code Decimals}, {@code Temporals}) tested without Spring.
 */
@NullMarked
package com.jinpai.ingest;

import org.jspecify.annotations.NullMarked;
