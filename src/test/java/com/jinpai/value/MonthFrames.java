package com.jinpai.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.Fen;
import com.jinpai.value.tier.Tier;

/**
 * A month's inputs built by hand, in memory, the way a test pipeline feeds a transform: customers,
 * their bill lines, usage and payments, and the earlier months' rows, straight into
 * {@link MonthFrame} and {@link History}. No database: the engine is tested apart from how
 * {@link MonthInputs} reads.
 */
final class MonthFrames {

    private final YearMonth month;
    private final LocalDate asOf;
    private final List<String[]> customers = new ArrayList<>();
    private final List<Consumer<MonthFrame>> inputs = new ArrayList<>();
    private final List<YearMonth> historyMonths = new ArrayList<>();
    private YearMonth previous;
    private final List<Pending> history = new ArrayList<>();

    private MonthFrames(YearMonth month, LocalDate asOf) {
        this.month = month;
        this.asOf = asOf;
    }

    static MonthFrames month(String month, String asOf) {
        return new MonthFrames(YearMonth.parse(month), LocalDate.parse(asOf));
    }

    MonthFrames customer(String id, String region, String brand, CustomerStatus status, String joined) {
        customers.add(new String[] {id, region, brand, status.name(), joined});
        return this;
    }

    /** A bill line of the month (its sum per charge type, in yuan). */
    MonthFrames bill(String id, ChargeType type, String yuan) {
        inputs.add(frame -> frame.breakdown[frame.position(id) * ChargeType.COUNT + type.ordinal()] += fen(yuan));
        return this;
    }

    MonthFrames usage(String id, int activeDays, String lastDay) {
        inputs.add(frame -> {
            frame.activeDays[frame.position(id)] = activeDays;
            frame.lastUsageDay[frame.position(id)] = (int) LocalDate.parse(lastDay).toEpochDay();
        });
        return this;
    }

    MonthFrames paid(String id, String yuan) {
        inputs.add(frame -> frame.paid[frame.position(id)] += fen(yuan));
        return this;
    }

    /** The earlier closed months whose rows are read, and which of them is the previous one. */
    MonthFrames history(YearMonth previous, String... months) {
        for (String m : months) {
            historyMonths.add(YearMonth.parse(m));
        }
        this.previous = previous;
        return this;
    }

    /** A customer's row of an earlier month: spend and billed-to-date. */
    MonthFrames row(String id, String month, String spendYuan, String billedToDateYuan) {
        on(id, (h, position) -> h.putMonth(h.slot(YearMonth.parse(month)), position, fen(spendYuan),
                fen(billedToDateYuan)));
        return this;
    }

    /** A customer's state after the previous closed month. */
    MonthFrames previous(String id, Tier tier, int lowerCount, String averageYuan, int rank, boolean topN,
            String paidToDateYuan, String billedToDateYuan) {
        on(id, (h, p) -> {
            h.hasPrevious[p] = true;
            h.previousTier[p] = (byte) tier.ordinal();
            h.previousIndicated[p] = (byte) tier.ordinal();
            h.previousLowerCount[p] = lowerCount;
            h.previousAverage[p] = fen(averageYuan);
            h.previousAverageMonths[p] = 3;
            h.previousRank[p] = rank;
            h.previousTopN[p] = topN;
            h.previousPaidToDate[p] = fen(paidToDateYuan);
            h.previousBilledToDate[p] = fen(billedToDateYuan);
        });
        return this;
    }

    /** The position is known once the customers are sealed: {@link #build()} applies these then. */
    private void on(String id, PositionedHistory change) {
        history.add(new Pending(id, change));
    }

    private record Pending(String id, PositionedHistory change) {
    }

    @FunctionalInterface
    private interface PositionedHistory {
        void apply(History history, int position);
    }

    MonthFrame build() {
        MonthFrame frame = new MonthFrame(month, asOf, customers.size());
        for (String[] c : customers) {
            frame.addCustomer(c[0], c[1], c[2], c[3], LocalDate.parse(c[4]), c.length > 5 ? c[5] : null);
        }
        frame.sealCustomers();
        inputs.forEach(input -> input.accept(frame));
        History h = new History(historyMonths, previous, frame.size);
        frame.history = h;
        frame.stars = new StarFrame(frame.size);
        for (String[] c : customers) {
            frame.stars.joinDate[frame.position(c[0])] = LocalDate.parse(c[4]);
            frame.stars.customerType[frame.position(c[0])] = "INDIVIDUAL";
        }
        for (Pending p : history) {
            p.change().apply(h, frame.position(p.id()));
        }
        return frame;
    }

    private static long fen(String yuan) {
        return Fen.of(new BigDecimal(yuan));
    }
}
