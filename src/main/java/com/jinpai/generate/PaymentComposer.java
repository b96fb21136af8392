package com.jinpai.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.jinpai.generate.Seeds.Purpose;
import com.jinpai.value.CustomerStatus;

/**
 * Payments against a month's bill, made in the following month: on time (by the due day, the
 * 20th), late, partial, or not at all. Nothing is paid after the exports were taken.
 */
final class PaymentComposer {

    /** Bills fall due this many days after the bill month ends (SPEC 3.7). */
    static final int DUE_DAY = 20;

    enum Outcome { ON_TIME, LATE, PARTIAL, UNPAID }

    record Payment(String paymentId, LocalDateTime paidAt, long fen, String channel) {
    }

    private static final double SPLIT_IN_TWO = 0.1;
    private static final int FIRST_HOUR = 8;
    private static final int BUSINESS_SECONDS = 15 * 3600;

    private final long seed;

    PaymentComposer(long seed) {
        this.seed = seed;
    }

    List<Payment> payments(CustomerProfile customer, MonthlyBill bill, LocalDateTime asOf) {
        long dueFen = bill.totalFen();
        if (dueFen <= 0) {
            return List.of();
        }
        YearMonth month = bill.month();
        SplittableRandom rng = Seeds.random(seed, customer.index(), Purpose.PAYMENT, Seeds.monthKey(month));
        Outcome outcome = outcome(rng, customer, month);
        String channel = Catalog.PAYMENT_CHANNELS[Draw.weighted(rng, Catalog.PAYMENT_CHANNEL_WEIGHTS)];
        YearMonth payMonth = month.plusMonths(1);
        String idPrefix = "P" + Formats.compactMonth(month) + "-" + customer.id() + "-";

        List<Payment> payments = new ArrayList<>(2);
        switch (outcome) {
            case ON_TIME -> {
                int day = 1 + rng.nextInt(DUE_DAY);
                if (Draw.chance(rng, SPLIT_IN_TWO)) {
                    long first = Math.round(dueFen * Draw.uniform(rng, 0.3, 0.7));
                    int secondDay = day + rng.nextInt(DUE_DAY - day + 1);
                    add(payments, asOf, idPrefix + 1, at(rng, payMonth.atDay(day)), first, channel);
                    add(payments, asOf, idPrefix + 2, at(rng, payMonth.atDay(secondDay)), dueFen - first, channel);
                } else {
                    add(payments, asOf, idPrefix + 1, at(rng, payMonth.atDay(day)), dueFen, channel);
                }
            }
            case LATE -> {
                int day = DUE_DAY + 1 + rng.nextInt(payMonth.lengthOfMonth() - DUE_DAY);
                add(payments, asOf, idPrefix + 1, at(rng, payMonth.atDay(day)), dueFen, channel);
            }
            case PARTIAL -> {
                int day = 1 + rng.nextInt(DUE_DAY);
                long part = Math.max(1, Math.round(dueFen * Draw.uniform(rng, 0.3, 0.8)));
                add(payments, asOf, idPrefix + 1, at(rng, payMonth.atDay(day)), part, channel);
            }
            case UNPAID -> {
                // nothing paid: the bill is in arrears once it is past due
            }
        }
        return payments;
    }

    private static Outcome outcome(SplittableRandom rng, CustomerProfile customer, YearMonth month) {
        double draw = rng.nextDouble();
        if (customer.status() == CustomerStatus.SUSPENDED
                && !month.isBefore(YearMonth.from(customer.statusDate()).minusMonths(1))) {
            // unpaid bills are why the line was cut off
            return Outcome.UNPAID;
        }
        return switch (customer.payer()) {
            case RELIABLE -> draw < 0.95 ? Outcome.ON_TIME : Outcome.LATE;
            case LATE -> draw < 0.45 ? Outcome.ON_TIME : draw < 0.95 ? Outcome.LATE : Outcome.UNPAID;
            case PARTIAL -> draw < 0.4 ? Outcome.ON_TIME : draw < 0.85 ? Outcome.PARTIAL : Outcome.UNPAID;
            case DEFAULTER -> draw < 0.15 ? Outcome.LATE : draw < 0.3 ? Outcome.PARTIAL : Outcome.UNPAID;
        };
    }

    private static LocalDateTime at(SplittableRandom rng, LocalDate day) {
        return day.atTime(FIRST_HOUR, 0).plusSeconds(rng.nextInt(BUSINESS_SECONDS));
    }

    /** A payment after the exports were taken has not happened yet. */
    private static void add(List<Payment> payments, LocalDateTime asOf, String id, LocalDateTime paidAt, long fen,
            String channel) {
        if (!paidAt.isAfter(asOf) && fen > 0) {
            payments.add(new Payment(id, paidAt, fen, channel));
        }
    }
}
