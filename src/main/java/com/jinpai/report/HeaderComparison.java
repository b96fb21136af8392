package com.jinpai.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jinpai.value.spend.Fen;
import com.jinpai.value.spend.OpenMonthEstimate;
import org.jspecify.annotations.Nullable;

/**
 * What the header cards compare with the previous month, and what they say about it: the one place
 * the rule lives.
 * <ul>
 * <li>A month that is no estimate (a closed month, one without values) compares every figure with the
 * previous month's as it stands.</li>
 * <li>The open month's estimate is month to date: usage so far and the plan fee pro-rated to the as-of
 * day ({@link OpenMonthEstimate}). Its revenue is compared with the previous month's revenue carried to
 * the same share of the month ({@link OpenMonthEstimate#toDate}, the plan fee's own rule), so an
 * unchanged plan fee compares flat on any day, and the relative change is the one between the
 * estimate carried to the whole month at its pace so far and the previous month. Customers, VIPs and stars
 * are counts of the day and the top-decile share is a share of the month's own revenue: they
 * compare as they stand.</li>
 * <li>An estimate whose as-of day is not known (no completed nightly estimate of the month in the run
 * history) compares no revenue rather than a month to date with a whole month.</li>
 * </ul>
 */
final class HeaderComparison {

    static final HeaderComparison WHOLE_MONTHS = new HeaderComparison(false, null);
    private static final HeaderComparison DAY_UNKNOWN = new HeaderComparison(true, null);

    private final boolean estimate;
    private final @Nullable LocalDate asOf;

    private HeaderComparison(boolean estimate, @Nullable LocalDate asOf) {
        this.estimate = estimate;
        this.asOf = asOf;
    }

    /**
     * @param estimated whether the month's values are the open month's estimate (its value summary's flag)
     * @param estimateAsOf the day the estimate was taken on, null when not known; ignored for a month that is no estimate
     */
    static HeaderComparison of(boolean estimated, @Nullable LocalDate estimateAsOf) {
        if (!estimated) {
            return WHOLE_MONTHS;
        }
        return estimateAsOf == null ? DAY_UNKNOWN : new HeaderComparison(true, estimateAsOf);
    }

    /** The month card's line under the month. */
    String comparedWith(String previousMonth) {
        String whole = "Change against " + previousMonth;
        if (!estimate) {
            return whole;
        }
        return asOf == null ? whole + "; revenue not compared (the estimate's as-of day is not known)"
                : whole + "; revenue against " + previousMonth + " to the same share of the month";
    }

    String revenueLabel() {
        return estimate ? "Revenue, month to date (yuan)" : "Revenue (yuan)";
    }

    /**
     * The previous month's revenue this month's is compared with: as it stands, or carried to the
     * share of the month the estimate covers; null when it is not compared.
     */
    @Nullable BigDecimal previousRevenue(BigDecimal wholeMonth) {
        if (!estimate) {
            return wholeMonth;
        }
        LocalDate day = asOf;
        return day == null ? null : Fen.yuan(OpenMonthEstimate.toDate(Fen.of(wholeMonth), day));
    }

    /**
     * The revenue card's line saying what it was compared with; null for a closed month, whose card
     * says nothing more than it always has.
     */
    @Nullable String revenueBasis(String previousMonth, BigDecimal wholeMonth) {
        if (!estimate) {
            return null;
        }
        LocalDate day = asOf;
        BigDecimal compared = previousRevenue(wholeMonth);
        if (day == null || compared == null) {
            return "the as-of day is not known: not compared with " + previousMonth;
        }
        return "against " + Formats.money(compared) + ": " + previousMonth + " pro-rated to day "
                + OpenMonthEstimate.daysElapsed(day) + " of " + day.lengthOfMonth();
    }
}
