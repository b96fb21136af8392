/**
 * Synthetic operator exports for demos, tests and benchmarks: {@link com.jinpai.generate.SyntheticExportGenerator}
 * writes every source of SPEC section 2 in its canonical layout, for any number of customers.
 *
 * <p>Why it is built this way: every customer is a pure function of (seed, customer index). Each
 * file is written in one streaming pass that regenerates the customers it needs from their own
 * random streams, so a million customers need no more memory than ten, and the same request always
 * gives the same bytes. The committed {@code sample-data/} is this generator's output, which a test
 * regenerates to keep it honest.
 *
 * <p>The data is shaped to exercise every rule of SPEC sections 3 and 4 (heavy-tailed spend, tier
 * moves, spend drops and spikes, late and missing payments, dormant customers, unanswered
 * complaints); the rules themselves live in their own packages, never here.
 */
package com.jinpai.generate;
