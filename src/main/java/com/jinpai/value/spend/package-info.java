/**
 * What a customer is billed, spends and owes: net monthly spend with its breakdown by charge
 * type, the trailing average, the open month's estimate and arrears.
 *
 * <p>These are plain rules working in fen ({@code long}, 1/100 yuan) so that a month of a
 * million customers is evaluated without a BigDecimal per row; {@link com.jinpai.value.spend.Fen}
 * converts at the database edge with HALF_UP to 2 decimals.
 */
package com.jinpai.value.spend;
