package com.jinpai.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.jinpai.generate.Seeds.Purpose;

/**
 * A customer's rated usage on one day, drawn from the month's bill so that usage and billing tell
 * the same story. In the open month a burst lands on its first days, where a month-to-date
 * estimate sees it (bill shock); in a closed month it is spread over the month like the rest.
 */
final class UsageComposer {

    /** One row of a daily usage file. */
    record Row(Service service, String quantity, long ratedFen) {
    }

    private final long seed;

    UsageComposer(long seed) {
        this.seed = seed;
    }

    /**
     * @param dayIndex  0-based position of {@code day} among {@code dayCount} usage days of an open month
     * @param openMonth whether {@code bill} is the open month's projected bill
     */
    List<Row> usage(CustomerProfile customer, MonthlyBill bill, LocalDate day, boolean openMonth, int dayIndex,
            int dayCount) {
        if (bill.isEmpty() || !customer.usesPhoneOn(day)) {
            return List.of();
        }
        SplittableRandom rng = Seeds.random(seed, customer.index(), Purpose.USAGE, day.toEpochDay());
        boolean burstToday = openMonth && bill.spikeFen() > 0;
        if (!burstToday && !Draw.chance(rng, customer.activity())) {
            return List.of();
        }
        int daysInMonth = day.lengthOfMonth();
        List<Row> rows = new ArrayList<>(Service.values().length);
        for (Service service : Service.values()) {
            long monthFen = openMonth ? bill.usageFen()[service.ordinal()] : bill.monthUsageFen(service);
            long ratedFen = Math.round(monthFen / (double) daysInMonth * Draw.uniform(rng, 0.4, 1.6));
            if (burstToday && service == bill.spikeService()) {
                ratedFen += bill.spikeFen() * (dayIndex + 1) / dayCount - bill.spikeFen() * dayIndex / dayCount;
            }
            Row row = row(rng, customer, service, ratedFen);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Quantity is what the plan includes plus what the rated amount buys at the out-of-plan price. */
    private static Row row(SplittableRandom rng, CustomerProfile customer, Service service, long ratedFen) {
        long paidUnits = ratedFen / service.fenPerUnit();
        return switch (service) {
            case VOICE -> customer.voiceWeight() > 0 || ratedFen > 0
                    ? new Row(service, Long.toString(rng.nextInt(1, 60) + paidUnits), ratedFen) : null;
            case SMS -> customer.smsWeight() > 0 || ratedFen > 0
                    ? new Row(service, Long.toString(rng.nextInt(1, 6) + paidUnits), ratedFen) : null;
            case DATA -> customer.dataWeight() > 0 || ratedFen > 0
                    // hundredths of a MB: 20 to 800 MB in the plan, two decimals
                    ? new Row(service, Formats.yuan(rng.nextLong(2_000, 80_000) + ratedFen * 100 / service.fenPerUnit()), ratedFen)
                    : null;
            case ROAMING -> ratedFen > 0 ? new Row(service, Long.toString(1 + paidUnits), ratedFen) : null;
        };
    }
}
