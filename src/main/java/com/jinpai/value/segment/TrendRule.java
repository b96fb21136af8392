package com.jinpai.value.segment;

import java.math.BigDecimal;

import com.jinpai.value.spend.Fen;

/**
 * The trend of a customer at a month, first match wins:
 * <ol>
 * <li>NEW: fewer than {@code newTenureMonths} whole months since the join month;</li>
 * <li>DORMANT: no usage on any of the last {@code dormantDays} days (never used counts);</li>
 * <li>NEW: no prior average, so nothing to compare with (the first months of the data);</li>
 * <li>GROWING: month spend at or above {@code growingRatio} times the prior average;</li>
 * <li>DECLINING: month spend at or below {@code decliningRatio} times the prior average;</li>
 * <li>STABLE otherwise.</li>
 * </ol>
 * Tenure comes first because a customer of a few weeks has no habit to lose yet; dormancy comes
 * before the spend bands because a silent line is the stronger signal. A prior average of 0 or
 * less cannot be scaled, so spend above it is GROWING, below it DECLINING, equal STABLE.
 * The comparison is exact: spend against the rounded prior average times the ratio.
 */
public final class TrendRule {

    private final BigDecimal growingRatio;
    private final BigDecimal decliningRatio;
    private final int newTenureMonths;
    private final int dormantDays;

    public TrendRule(TrendProperties properties) {
        this.growingRatio = properties.growingRatio();
        this.decliningRatio = properties.decliningRatio();
        this.newTenureMonths = properties.newTenureMonths();
        this.dormantDays = properties.dormantDays();
    }

    /**
     * @param tenureMonths whole months from the join month to the evaluated month
     * @param recencyDays days since the last usage, or -1 when the customer never used the service
     * @param spendFen the month's spend (for an open month: its estimate carried to the whole month)
     * @param priorAverageFen the prior average, or {@link Fen#NONE}
     */
    public Trend classify(int tenureMonths, int recencyDays, long spendFen, long priorAverageFen) {
        if (tenureMonths < newTenureMonths) {
            return Trend.NEW;
        }
        if (recencyDays < 0 || recencyDays >= dormantDays) {
            return Trend.DORMANT;
        }
        if (priorAverageFen == Fen.NONE) {
            return Trend.NEW;
        }
        if (priorAverageFen <= 0) {
            int sign = Long.compare(spendFen, priorAverageFen);
            return sign > 0 ? Trend.GROWING : sign < 0 ? Trend.DECLINING : Trend.STABLE;
        }
        BigDecimal spend = BigDecimal.valueOf(spendFen);
        BigDecimal prior = BigDecimal.valueOf(priorAverageFen);
        if (spend.compareTo(prior.multiply(growingRatio)) >= 0) {
            return Trend.GROWING;
        }
        if (spend.compareTo(prior.multiply(decliningRatio)) <= 0) {
            return Trend.DECLINING;
        }
        return Trend.STABLE;
    }
}
