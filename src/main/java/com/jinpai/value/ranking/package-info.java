/**
 * Value ranking for a month: rank by average spend (ties by customer_id in byte order) overall,
 * within region and within brand; decile and percentile; movement; the top-N with its entries
 * and exits. Ranking sorts a million customers in memory once per month: one index sort and
 * counting passes, no per-customer query.
 */
package com.jinpai.value.ranking;
