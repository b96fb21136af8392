package com.jinpai.value.star;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The yearly score: tenure points + points for the year's spend − the suspension penalty.
 * <ul>
 * <li>Tenure: whole months from the join date to the day scored (2024-03-15 to 2025-03-14 is 11,
 *     to 2025-03-15 is 12); the points of the highest band whose {@code min-months} it reaches, 0
 *     below the first band.</li>
 * <li>Spend points: the year's spend in yuan × {@code points-per-yuan}, rounded to a whole point by
 *     {@code points-rounding} (DOWN: 99.99 yuan is 99 points); a year's spend of 0 or less is 0.</li>
 * <li>Penalty: {@code penalty} × suspensions in the year, at most {@code penalty-cap}.</li>
 * </ul>
 */
public final class StarScore {

    private final List<StarProperties.TenureBand> bands;
    private final BigDecimal pointsPerYuan;
    private final RoundingMode rounding;
    private final long penalty;
    private final long penaltyCap;

    public StarScore(StarProperties properties) {
        this.bands = properties.tenureBands();
        this.pointsPerYuan = properties.pointsPerYuan();
        this.rounding = properties.pointsRounding();
        this.penalty = properties.suspension().penalty();
        this.penaltyCap = properties.suspension().penaltyCap();
    }

    /** Whole months from the join date to {@code on}; 0 when the join date is later. */
    public static int tenureMonths(LocalDate joinDate, LocalDate on) {
        return joinDate.isAfter(on) ? 0 : (int) Period.between(joinDate, on).toTotalMonths();
    }

    public int tenurePoints(int tenureMonths) {
        int points = 0;
        for (StarProperties.TenureBand band : bands) {
            if (tenureMonths >= band.minMonths()) {
                points = band.points();
            }
        }
        return points;
    }

    public long spendPoints(long yearSpendFen) {
        if (yearSpendFen <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(yearSpendFen, 2).multiply(pointsPerYuan).setScale(0, rounding).longValueExact();
    }

    public long penalty(int suspensions) {
        return Math.min(penaltyCap, Math.multiplyExact(penalty, (long) suspensions));
    }

    public long score(int tenureMonths, long yearSpendFen, int suspensions) {
        return tenurePoints(tenureMonths) + spendPoints(yearSpendFen) - penalty(suspensions);
    }
}
