package com.jinpai.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates month spends, largest first, into a fixed number of points of the revenue Pareto
 * curve, so a million customers cost a few hundred bytes: point p is reached after
 * ceil(p × N / points) customers and holds the revenue share they earn. Fed from the month in
 * memory when it is evaluated (its points are kept with the month's summary), or from a sorted
 * stream of the month's rows for a month whose summary holds no curve.
 */
public final class ParetoCurve {

    /** Shares are percentages with this many decimals. */
    public static final int SHARE_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long customers;
    private final int points;
    private final List<BigDecimal> cumulativeAtPoint = new ArrayList<>();
    private final List<Long> customersAtPoint = new ArrayList<>();
    private BigDecimal cumulative = BigDecimal.ZERO;
    private long seen;

    public ParetoCurve(long customers, int points) {
        if (customers < 0 || points < 1) {
            throw new IllegalArgumentException("customers must be >= 0 and points >= 1");
        }
        this.customers = customers;
        this.points = points;
    }

    /** Adds the next customer's spend; spends must come in descending order. */
    public void add(BigDecimal spend) {
        cumulative = cumulative.add(spend);
        seen++;
        while (cumulativeAtPoint.size() < points && seen >= boundary(cumulativeAtPoint.size() + 1)) {
            cumulativeAtPoint.add(cumulative);
            customersAtPoint.add(seen);
        }
    }

    /** The curve from (0, 0) to (100, 100); flat at 0 when the month has no positive revenue. */
    public List<ParetoPoint> points() {
        List<ParetoPoint> curve = new ArrayList<>();
        curve.add(new ParetoPoint(BigDecimal.ZERO.setScale(SHARE_SCALE), BigDecimal.ZERO.setScale(SHARE_SCALE)));
        if (customers == 0) {
            return curve;
        }
        for (int i = 0; i < cumulativeAtPoint.size(); i++) {
            curve.add(new ParetoPoint(share(BigDecimal.valueOf(customersAtPoint.get(i)), BigDecimal.valueOf(customers)),
                    share(cumulativeAtPoint.get(i), cumulative)));
        }
        return curve;
    }

    /** Revenue share of the first {@code percent} of customers by spend, read off a curve. */
    public static BigDecimal revenueShareAt(List<ParetoPoint> curve, int percent) {
        BigDecimal target = BigDecimal.valueOf(percent);
        return curve.stream().filter(p -> p.customerShare().compareTo(target) >= 0).findFirst()
                .map(ParetoPoint::revenueShare).orElse(curve.get(curve.size() - 1).revenueShare());
    }

    private long boundary(int point) {
        // ceil(point * customers / points) without floating point
        return (point * customers + points - 1) / points;
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return part.multiply(HUNDRED).divide(whole, SHARE_SCALE, RoundingMode.HALF_UP);
    }

    public record ParetoPoint(BigDecimal customerShare, BigDecimal revenueShare) {
    }
}
