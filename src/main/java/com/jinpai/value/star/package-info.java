/**
 * The operator's yearly star rating (星级), beside the monthly spend tiers: tiers say who spends
 * now, stars reward who has stayed, spent over a year and paid on time, and carry the service
 * benefits (points multiplier, credit limit). Plain rule classes built from {@code config/stars.yml}
 * ({@link com.jinpai.value.star.StarProperties}): the score (tenure bands, points per yuan, the
 * arrears-suspension penalty and its cap), the level ladder and near-star band, who is not rated,
 * the yearly rating with upgrades in between, effective-dated star history and the monthly
 * loyalty points. No Spring beyond the settings record and no database, so every rule is checked
 * by hand-computed unit tests; the month engine in {@code com.jinpai.value} reads the inputs and
 * writes the rows.
 */
package com.jinpai.value.star;
