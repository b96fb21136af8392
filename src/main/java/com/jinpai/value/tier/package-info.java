/**
 * Spend tiers: the ladder of average-spend lines, the grace-period downgrade rule, and the
 * effective-dated tier history. Upgrades apply at once; a downgrade waits until a lower tier has
 * been indicated for {@code grace} consecutive monthly evaluations, so one bad month does not
 * cost a customer their status.
 */
package com.jinpai.value.tier;
