/**
 * The monthly HTML run report: one self-contained file per month under
 * {@code <output-dir>/reports/}, read from the customer-value and ingest tables and written by
 * {@code jinpai report --month} and at the end of each run. Charts are JFreeChart drawn as inline
 * SVG, so the page has no script and opens offline; Mustache escapes every data value. The report
 * holds no timestamp, so the same data gives the same bytes. Action counts come from whichever
 * bean implements {@link com.jinpai.report.ActionStatistics}; without one the page says so.
 */
package com.jinpai.report;
