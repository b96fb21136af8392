package com.jinpai.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.jinpai.generate.MonthlyBill.Line;
import com.jinpai.generate.Seeds.Purpose;
import com.jinpai.value.CustomerStatus;
import com.jinpai.value.spend.ChargeType;

/**
 * Composes a customer's monthly bill: the plan fee, out-of-plan usage split over the services, a
 * value-added subscription, handset instalments, discounts, refunds and adjustments. Month-to-month
 * noise, spend drops and bursts, and the profile's trend are what move customers between tiers.
 */
final class BillComposer {

    private static final double DROP = 0.03;
    private static final double SPIKE = 0.015;
    private static final double ROAMING_MONTH = 0.4;
    private static final double PROMOTION = 0.03;
    private static final double LOYALTY_DISCOUNT_MONTH = 0.7;
    private static final double REFUND = 0.015;
    private static final double ADJUSTMENT = 0.02;

    private final long seed;
    private final Population population;

    BillComposer(long seed, Population population) {
        this.seed = seed;
        this.population = population;
    }

    MonthlyBill compose(CustomerProfile customer, YearMonth month) {
        LocalDate from = customer.joinDate().isAfter(month.atDay(1)) ? customer.joinDate() : month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        if (customer.status() == CustomerStatus.CLOSED && !customer.statusDate().isAfter(to)) {
            to = customer.statusDate().minusDays(1);
        }
        if (from.isAfter(to)) {
            return MonthlyBill.none(month);
        }
        int days = month.lengthOfMonth();
        long billedDays = ChronoUnit.DAYS.between(from, to) + 1;
        long serviceDays = billedDays;
        if (customer.status() == CustomerStatus.SUSPENDED && !customer.statusDate().isAfter(to)) {
            // A cut-off line still pays its plan fee but uses nothing.
            serviceDays = Math.max(0, ChronoUnit.DAYS.between(from, customer.statusDate()));
        }

        SplittableRandom rng = Seeds.random(seed, customer.index(), Purpose.BILL, Seeds.monthKey(month));
        double levelFen = customer.baseFen() * customer.levelFactor(population.monthsIn(month));
        double noise = switch (customer.trend()) {
            case STABLE -> Draw.uniform(rng, 0.85, 1.15);
            case VOLATILE -> Draw.uniform(rng, 0.55, 1.6);
            case DECLINING, GROWING -> Draw.uniform(rng, 0.9, 1.1);
        };
        double event = rng.nextDouble();
        boolean drop = event < DROP;
        boolean spike = !drop && event < DROP + SPIKE;

        long planFen = Catalog.planFor(levelFen * customer.planRatio());
        double budget = Math.max(0, levelFen * noise - planFen - customer.vasFen());
        if (drop) {
            budget *= Draw.uniform(rng, 0, 0.3);
        }
        long usageBudget = Math.round(budget * serviceDays / days);
        double roamingWeight = customer.roamer() && Draw.chance(rng, ROAMING_MONTH) ? Draw.uniform(rng, 0.1, 0.5) : 0;
        long[] usage = split(usageBudget, customer.voiceWeight(), customer.smsWeight(), customer.dataWeight(), roamingWeight);

        Service spikeService = null;
        long spikeFen = 0;
        if (spike && serviceDays > 0) {
            spikeFen = Draw.fen(levelFen / 100 * Draw.uniform(rng, 0.8, 2.5));
            spikeService = customer.roamer() || rng.nextBoolean() ? Service.ROAMING : Service.DATA;
        }
        MonthlyBill draft = new MonthlyBill(month, List.of(), usage, spikeService, spikeFen);

        List<Line> lines = new ArrayList<>(8);
        add(lines, ChargeType.PLAN, prorate(planFen, billedDays, days));
        for (Service service : Service.values()) {
            add(lines, service.chargeType(), draft.monthUsageFen(service));
        }
        add(lines, ChargeType.VAS, prorate(customer.vasFen(), serviceDays, days));
        if (customer.paysInstalmentIn(month)) {
            add(lines, ChargeType.EQUIPMENT, customer.instalmentFen());
        }
        long grossFen = 0;
        for (Line line : lines) {
            grossFen += line.type() == ChargeType.EQUIPMENT ? 0 : line.fen();
        }
        if ((customer.discountPlan() && Draw.chance(rng, LOYALTY_DISCOUNT_MONTH)) || Draw.chance(rng, PROMOTION)) {
            add(lines, ChargeType.DISCOUNT, -Math.round(planFen * Draw.uniform(rng, 0.05, 0.3)));
        }
        if (Draw.chance(rng, REFUND)) {
            add(lines, ChargeType.REFUND, -Math.min(grossFen * 3 / 10, Draw.fen(Draw.uniform(rng, 2, 60))));
        }
        if (Draw.chance(rng, ADJUSTMENT)) {
            long adjustment = Draw.fen(Draw.uniform(rng, 0.5, 30));
            add(lines, ChargeType.ADJUSTMENT, Draw.chance(rng, 0.6) ? -adjustment : adjustment);
        }
        return new MonthlyBill(month, List.copyOf(lines), usage, spikeService, spikeFen);
    }

    private static void add(List<Line> lines, ChargeType type, long fen) {
        if (fen != 0) {
            lines.add(new Line(type, fen));
        }
    }

    /** A monthly fee for part of a month, HALF_UP to the fen. */
    static long prorate(long monthlyFen, long days, int daysInMonth) {
        return (2 * monthlyFen * days + daysInMonth) / (2L * daysInMonth);
    }

    /** Splits fen by weight (in {@link Service} order); what rounding leaves goes to the heaviest share. */
    static long[] split(long totalFen, double... weights) {
        long[] shares = new long[weights.length];
        double sum = 0;
        int heaviest = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (weights[i] > weights[heaviest]) {
                heaviest = i;
            }
        }
        if (sum <= 0 || totalFen <= 0) {
            return shares;
        }
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            shares[i] = (long) (totalFen * (weights[i] / sum));
            assigned += shares[i];
        }
        shares[heaviest] += totalFen - assigned;
        return shares;
    }
}
