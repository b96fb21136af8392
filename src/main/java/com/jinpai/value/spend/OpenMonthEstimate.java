package com.jinpai.value.spend;

import java.time.LocalDate;

/**
 * The open month's spend, estimated month-to-date: usage {@code rated_amount} so far (each
 * service's sum rounded HALF_UP to fen) plus the PLAN fee of the customer's last closed bill
 * pro-rated by the days elapsed, so that the breakdown adds up to the estimate.
 */
public final class OpenMonthEstimate {

    private OpenMonthEstimate() {
    }

    /** Days of the month up to and including {@code asOf}. */
    public static int daysElapsed(LocalDate asOf) {
        return asOf.getDayOfMonth();
    }

    /** {@code planFen * daysElapsed / lengthOfMonth}, HALF_UP. */
    public static long proratedPlan(long planFen, LocalDate asOf) {
        return toDate(planFen, asOf);
    }

    /**
     * A whole month's amount carried to the share of the month the estimate on {@code asOf} covers,
     * {@code fen * daysElapsed / lengthOfMonth} HALF_UP: what the plan fee is pro-rated by, and what
     * the report compares the estimate's month-to-date revenue with.
     */
    public static long toDate(long fen, LocalDate asOf) {
        return Fen.scaleHalfUp(fen, daysElapsed(asOf), asOf.lengthOfMonth());
    }

    /**
     * The estimate carried to the whole month at the pace so far. Trend compares this, not the
     * month-to-date figure, with the prior average, or every early night would read DECLINING.
     */
    public static long projectToMonth(long estimateFen, LocalDate asOf) {
        return Fen.scaleHalfUp(estimateFen, asOf.lengthOfMonth(), daysElapsed(asOf));
    }
}
