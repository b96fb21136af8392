package com.jinpai.value;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.jinpai.value.segment.SegmentTotals;
import com.jinpai.value.spend.Fen;
import com.jinpai.value.tier.Tier;

/**
 * Adds up a month's customers, one at a time, into its {@link MonthSummary}: the one place that
 * says what the summary's figures are (a VIP, the top decile's revenue, a tier move, a star
 * move). Fed from the month in memory when it is evaluated, or from its rows for a month evaluated
 * before the summaries were kept ({@link ValueSummaryBackfill}).
 */
final class ValueSummaryTally {

    private final YearMonth month;
    private boolean estimated;
    private long customers;
    private long vip;
    private long revenueFen;
    private long topDecileFen;
    private long ranked;
    private long stars;
    private long upgrades;
    private long downgrades;
    private long newlyTiered;
    private final Map<Tier, Long> perTier = new EnumMap<>(Tier.class);
    private final Map<Tier, Long> revenuePerTierFen = new EnumMap<>(Tier.class);
    private final Map<String, Long> starMoves = new TreeMap<>();
    private long[] spends;

    ValueSummaryTally(YearMonth month, int expectedCustomers) {
        this.month = month;
        this.spends = new long[Math.max(expectedCustomers, 16)];
    }

    /**
     * One customer of the month.
     *
     * @param spendFen the month's spend
     * @param decile the decile by rank, 0 when unranked
     * @param starLevel the star level, null without one
     * @param previousStarLevel the star level before the month's evaluation, null without one
     * @param rowEstimated whether the row is the open month's estimate (no star moves are counted of one)
     */
    void add(long spendFen, int decile, boolean isVip, Tier tier, Tier previousTier, String starLevel,
            String previousStarLevel, boolean rowEstimated) {
        if (customers == spends.length) {
            spends = Arrays.copyOf(spends, spends.length * 2);
        }
        spends[(int) customers] = spendFen;
        customers++;
        estimated |= rowEstimated;
        vip += isVip ? 1 : 0;
        revenueFen = Fen.add(revenueFen, spendFen);
        if (decile > 0) {
            ranked++;
            if (decile == 1) {
                topDecileFen = Fen.add(topDecileFen, spendFen);
            }
        }
        perTier.merge(tier, 1L, Long::sum);
        revenuePerTierFen.merge(tier, spendFen, Fen::add);
        Tier from = previousTier == null ? Tier.NEW : previousTier;
        if (from == Tier.NEW && tier != Tier.NEW) {
            newlyTiered++;
        }
        else if (from != Tier.NEW && tier.isAbove(from)) {
            upgrades++;
        }
        else if (from != Tier.NEW && from.isAbove(tier)) {
            downgrades++;
        }
        stars += starLevel != null ? 1 : 0;
        if (!rowEstimated) {
            starMoves.merge(orNone(previousStarLevel) + '\u0000' + orNone(starLevel), 1L, Long::sum);
        }
    }

    /** The month's summary with a Pareto curve of {@code paretoPoints} points, or none when 0. */
    MonthSummary summary(int paretoPoints) {
        ValueSummary summary = new ValueSummary(month, estimated, customers, ValueSummary.perTier(perTier), upgrades,
                downgrades, newlyTiered, vip, Fen.yuan(revenueFen), Fen.yuan(topDecileFen), ranked, stars);
        Map<Tier, BigDecimal> revenuePerTier = new LinkedHashMap<>();
        revenuePerTierFen.forEach((tier, fen) -> revenuePerTier.put(tier, Fen.yuan(fen)));
        List<StarMove> moves = new ArrayList<>();
        starMoves.forEach((key, count) -> {
            int split = key.indexOf('\u0000');
            moves.add(new StarMove(key.substring(0, split), key.substring(split + 1), count));
        });
        return new MonthSummary(summary, revenuePerTier, moves, paretoPoints,
                paretoPoints == 0 ? List.of() : pareto(paretoPoints));
    }

    /** The spends largest first into the curve: equal spends add up to the same sums in any order. */
    private List<ParetoCurve.ParetoPoint> pareto(int points) {
        int n = (int) customers;
        long[] sorted = Arrays.copyOf(spends, n);
        Arrays.sort(sorted);
        ParetoCurve curve = new ParetoCurve(n, points);
        for (int i = n - 1; i >= 0; i--) {
            curve.add(Fen.yuan(sorted[i]));
        }
        return curve.points();
    }

    /** Every customer of a month evaluated in memory. */
    static ValueSummaryTally of(YearMonth month, WholeMonth whole) {
        ValueSummaryTally tally = new ValueSummaryTally(month, whole.size);
        for (int i = 0; i < whole.size; i++) {
            tally.add(whole.spend[i], whole.decile[i], whole.vip[i], whole.tier[i], whole.previousTier[i],
                    whole.starLevel[i], whole.previousStarLevel[i], whole.estimated);
        }
        return tally;
    }

    private static String orNone(String level) {
        return level == null ? SegmentTotals.NONE : level;
    }
}
