package com.jinpai.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jinpai.value.ParetoCurve.ParetoPoint;
import com.jinpai.value.tier.Tier;

/**
 * What a month's evaluation keeps of the month for its report and run summary, so that neither
 * reads the month's {@code customer_month} rows again: the {@link ValueSummary}, the revenue per
 * tier, the star moves and the revenue Pareto curve.
 *
 * @param summary the month at a glance
 * @param revenuePerTier spend per tier with customers, yuan
 * @param starMoves customers per (star before, star after), a closed month's only
 * @param paretoPoints the number of points {@code pareto} was accumulated into; 0 when no curve is kept
 * @param pareto the curve from (0, 0), as {@link ParetoCurve#points()} gives it; empty when none is kept
 */
record MonthSummary(ValueSummary summary, Map<Tier, BigDecimal> revenuePerTier, List<StarMove> starMoves,
        int paretoPoints, List<ParetoPoint> pareto) {
}
