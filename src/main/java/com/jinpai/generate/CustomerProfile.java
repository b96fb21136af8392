package com.jinpai.generate;

import java.time.LocalDate;
import java.time.YearMonth;

import com.jinpai.value.CustomerStatus;

/**
 * Everything that stays the same about a customer from month to month. Regenerated on demand from
 * (seed, index) by {@link Population}; never stored for the whole population.
 *
 * @param baseFen        typical monthly spend before trend, events and discounts
 * @param statusDate     the day a CLOSED customer left or a SUSPENDED one was cut off; null when ACTIVE
 * @param trendStart     months after the first closed month at which a trend sets in
 * @param planRatio      share of the monthly level spent on the plan fee
 * @param fadeDate       the day usage stops for a customer drifting away; null for most
 * @param activity       the chance of any usage on a given day
 * @param voiceWeight    share of the usage budget spent on voice (0: no out-of-plan voice); likewise SMS and data
 * @param roamer         travels abroad now and then
 * @param vasFen         monthly value-added subscription, 0 for none
 * @param instalmentFen  monthly handset instalment, 0 for none
 * @param discountPlan   enjoys a recurring loyalty discount
 */
record CustomerProfile(
        int index,
        String id,
        long baseFen,
        LocalDate joinDate,
        CustomerStatus status,
        LocalDate statusDate,
        Trend trend,
        int trendStart,
        double planRatio,
        boolean dormant,
        LocalDate fadeDate,
        double activity,
        double voiceWeight,
        double smsWeight,
        double dataWeight,
        boolean roamer,
        long vasFen,
        long instalmentFen,
        YearMonth instalmentFrom,
        int instalmentMonths,
        boolean discountPlan,
        Payer payer) {


    /** How the spend level moves over the months; it is what makes tiers change. */
    enum Trend { STABLE, DECLINING, GROWING, VOLATILE }

    /** How the customer settles bills. */
    enum Payer { RELIABLE, LATE, PARTIAL, DEFAULTER }

    private static final double DECLINE_PER_MONTH = 0.72;
    private static final double GROWTH_PER_MONTH = 1.3;

    /** The spend level multiplier {@code monthsIn} months after the first closed month. */
    double levelFactor(int monthsIn) {
        int steps = Math.max(0, monthsIn - trendStart);
        return switch (trend) {
            case DECLINING -> StrictMath.pow(DECLINE_PER_MONTH, steps);
            case GROWING -> StrictMath.pow(GROWTH_PER_MONTH, steps);
            case STABLE, VOLATILE -> 1.0;
        };
    }

    /** Whether the line is open on that day: joined, not yet closed, not cut off. */
    boolean connectedOn(LocalDate day) {
        if (day.isBefore(joinDate)) {
            return false;
        }
        return status == CustomerStatus.ACTIVE || day.isBefore(statusDate);
    }

    /** Whether the customer uses the phone at all on that day (given it is connected). */
    boolean usesPhoneOn(LocalDate day) {
        return !dormant && connectedOn(day) && (fadeDate == null || day.isBefore(fadeDate));
    }

    boolean paysInstalmentIn(YearMonth month) {
        return instalmentFen > 0
                && !month.isBefore(instalmentFrom)
                && month.isBefore(instalmentFrom.plusMonths(instalmentMonths));
    }
}
