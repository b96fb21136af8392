/**
 * The files an account manager receives: per manager a CSV (UTF-8 with BOM, so Excel shows
 * Chinese names) and an XLSX, plus an index of managers, counts per priority and the unassigned
 * VIPs per region, under {@code <output-dir>/actions/<YYYY-MM>/}.
 *
 * <p>What may appear in a list is decided here: phones masked ({@link com.jinpai.action.list.PhoneMask}),
 * every text cell neutralised against spreadsheet formulas
 * ({@link com.jinpai.action.list.SpreadsheetText}), no national ID or full phone at all. Files
 * carry no timestamps and rows have a total order, so a re-run writes the same bytes.
 */
package com.jinpai.action.list;
