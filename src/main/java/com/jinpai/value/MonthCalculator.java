package com.jinpai.value;

import java.time.YearMonth;

import com.jinpai.value.ranking.RankedMonth;
import com.jinpai.value.ranking.Ranking;
import com.jinpai.value.segment.RfmScores;
import com.jinpai.value.segment.SegmentTotals.Dimension;
import com.jinpai.value.segment.SegmentTotals;
import com.jinpai.value.segment.TierMigration;
import com.jinpai.value.spend.ArrearsRule;
import com.jinpai.value.spend.AverageWindow;
import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.Fen;
import com.jinpai.value.spend.OpenMonthEstimate;
import com.jinpai.value.spend.SpendRule;
import com.jinpai.value.tier.Tier;
import com.jinpai.value.tier.TierState;

/**
 * Evaluates a month from its frame with the value rules, in passes over the arrays: per-customer
 * rules (spend, averages, tier, arrears, trend), then the whole-month ones (ranking, top-N, RFM
 * quintiles), then the segment tables. The two parts are separate so that the per-customer one can
 * run in partitions of the customers and the whole-month one once after them.
 */
final class MonthCalculator {

    private final ValueRules rules;
    private final StarCalculator stars;

    MonthCalculator(ValueRules rules) {
        this.rules = rules;
        this.stars = new StarCalculator(rules.stars);
    }

    /** A closed month, for good: tiers are evaluated, top-N changes and tier migration recorded. */
    MonthValues close(MonthFrame frame, ValueCalendar calendar) {
        MonthValues values = closeCustomers(frame, calendar);
        values.whole = WholeMonth.of(frame, values);
        rankMonth(values.whole, true, calendar.previousClosed() != null);
        return values;
    }

    /**
     * The per-customer part of a closed month (spend, averages, tier and grace, arrears, recency,
     * trend): each customer needs only its own inputs and history, so a partition of the customers
     * computes exactly what the whole month would for them.
     */
    MonthValues closeCustomers(MonthFrame frame, ValueCalendar calendar) {
        History history = frame.history;
        MonthValues values = new MonthValues(frame.size, false);
        AverageWindow window = calendar.window(rules.windowMonths);
        AverageWindow prior = calendar.priorWindow(rules.windowMonths);
        int[] windowSlots = slots(history, window, frame.month);
        int[] priorSlots = slots(history, prior, frame.month);
        int pastDueSlot = pastDueSlot(history, calendar);
        for (int i = 0; i < frame.size; i++) {
            int position = i;
            values.spend[i] = rules.spend.spend(frame.breakdown, i * ChargeType.COUNT);
            values.average[i] = window.averageFen(frame.joinMonth[i],
                    p -> windowSlots[p] < 0 ? values.spend[position] : history.spend(windowSlots[p], position));
            values.averageMonths[i] = window.countedMonths(frame.joinMonth[i]);
            values.priorAverage[i] = prior.averageFen(frame.joinMonth[i], p -> history.spend(priorSlots[p], position));
            values.indicated[i] = rules.ladder.indicated(values.average[i]);
            TierState before = history.hasPrevious[i]
                    ? new TierState(history.previousTier(i), history.previousLowerCount[i]) : null;
            TierState after = rules.grace.evaluate(before, values.indicated[i]);
            values.tier[i] = after.tier();
            values.lowerCount[i] = after.lowerCount();
            values.inGrace[i] = after.inGrace();
            values.previousTier[i] = before == null ? null : before.tier();
            long billed = SpendRule.billed(frame.breakdown, i * ChargeType.COUNT);
            values.billedToDate[i] = Fen.add(history.previousBilledToDate[i], billed);
            carryCommon(frame, calendar, values, i, pastDueSlot, values.spend[i]);
        }
        values.stars = stars.close(frame, calendar, values);
        return values;
    }

    /**
     * The whole-month part: ranks, RFM and segment totals; for a closed month also the top-N
     * changes (when there is a previous closed month) and the tier migration.
     */
    void rankMonth(WholeMonth month, boolean closedMonth, boolean previousClosed) {
        rankAndSegment(month);
        if (!closedMonth) {
            return;
        }
        if (previousClosed) {
            month.topNChanges = rules.topN.changes(month.ids, month.ranks.overall(), month.previousTopN,
                    month.previousRank);
        }
        month.migration = new TierMigration();
        for (int i = 0; i < month.size; i++) {
            month.migration.add(month.previousTier[i], month.tier[i]);
        }
    }

    /**
     * The open month as an estimate: spend estimated to date; the tier, its grace count and the
     * average are carried from the last closed evaluation, never re-evaluated on an estimate.
     */
    MonthValues estimate(MonthFrame frame, ValueCalendar calendar) {
        MonthValues values = estimateCustomers(frame, calendar);
        values.whole = WholeMonth.of(frame, values);
        rankMonth(values.whole, false, false);
        return values;
    }

    /**
     * The per-customer part of the estimate: like {@link #closeCustomers}, each customer needs only
     * its own inputs and history, so a partition of the customers computes what the whole month
     * would for them; the whole-month part is {@code rankMonth(whole, false, false)}.
     */
    MonthValues estimateCustomers(MonthFrame frame, ValueCalendar calendar) {
        History history = frame.history;
        MonthValues values = new MonthValues(frame.size, true);
        AverageWindow prior = calendar.priorWindow(rules.windowMonths);
        int[] priorSlots = slots(history, prior, frame.month);
        int pastDueSlot = pastDueSlot(history, calendar);
        for (int i = 0; i < frame.size; i++) {
            int position = i;
            values.spend[i] = rules.spend.spend(frame.breakdown, i * ChargeType.COUNT);
            values.priorAverage[i] = prior.averageFen(frame.joinMonth[i], p -> history.spend(priorSlots[p], position));
            if (history.hasPrevious[i]) {
                values.average[i] = history.previousAverage[i];
                values.averageMonths[i] = history.previousAverageMonths[i];
                values.tier[i] = history.previousTier(i);
                values.indicated[i] = Tier.at(history.previousIndicated[i]);
                values.lowerCount[i] = history.previousLowerCount[i];
                values.inGrace[i] = new TierState(values.tier[i], values.lowerCount[i]).inGrace();
                values.previousTier[i] = values.tier[i];
            }
            else {
                values.tier[i] = Tier.NEW;
                values.indicated[i] = Tier.NEW;
            }
            values.billedToDate[i] = history.previousBilledToDate[i];
            carryCommon(frame, calendar, values, i, pastDueSlot,
                    OpenMonthEstimate.projectToMonth(values.spend[i], frame.asOf));
        }
        values.stars = stars.estimate(frame);
        return values;
    }

    /** VIP flag, payments and arrears, last usage and recency, trend: the same for both kinds. */
    private void carryCommon(MonthFrame frame, ValueCalendar calendar, MonthValues values, int i, int pastDueSlot,
            long trendSpend) {
        History history = frame.history;
        values.vip[i] = rules.ladder.isVip(values.tier[i], frame.closed[i]);
        values.paidToDate[i] = Fen.add(history.previousPaidToDate[i], frame.paid[i]);
        long billedPastDue = pastDueSlot < 0 ? 0 : history.billedToDate(pastDueSlot, i);
        values.arrears[i] = ArrearsRule.arrears(billedPastDue, values.paidToDate[i]);
        int lastUsage = frame.lastUsageDay[i] != MonthFrame.NO_DAY ? frame.lastUsageDay[i]
                : history.previousLastUsageDay[i];
        values.lastUsageDay[i] = lastUsage;
        values.recencyDays[i] = lastUsage == MonthFrame.NO_DAY ? -1 : (int) (calendar.asOf().toEpochDay() - lastUsage);
        values.trend[i] = rules.trend.classify(frame.monthIndex - frame.joinMonth[i], values.recencyDays[i],
                trendSpend, values.priorAverage[i]);
    }

    private void rankAndSegment(WholeMonth month) {
        int size = month.size;
        RankedMonth ranks = Ranking.rankMonth(month.ids, month.average, month.closed, month.region, month.brand);
        month.ranks = ranks;
        RfmScores rfm = RfmScores.score(month.recencyDays, month.activeDays, month.spend, month.closed, rules.rfm);
        month.topN = new boolean[size];
        month.decile = new int[size];
        month.percentileHundredths = new int[size];
        month.movement = new int[size];
        month.recencyScore = rfm.recency();
        month.frequencyScore = rfm.frequency();
        month.monetaryScore = rfm.monetary();
        month.segment = rfm.segment();
        SegmentTotals segments = new SegmentTotals();
        for (int i = 0; i < size; i++) {
            int rank = ranks.overall()[i];
            month.topN[i] = rules.topN.contains(rank);
            month.decile[i] = ranks.decileAt(i);
            month.percentileHundredths[i] = ranks.percentileHundredthsAt(i);
            month.movement[i] = RankedMonth.movement(rank, month.previousRank[i]);
            long revenue = month.spend[i];
            segments.add(Dimension.TIER, month.tier[i].name(), revenue);
            segments.add(Dimension.REGION, month.regions.value(month.region[i]), revenue);
            segments.add(Dimension.BRAND, month.brands.value(month.brand[i]), revenue);
            segments.add(Dimension.RFM_SEGMENT, month.segment[i] == null ? null : month.segment[i].name(), revenue);
            segments.add(Dimension.TREND, month.trend[i].name(), revenue);
            segments.add(Dimension.STAR, month.starSegment[i], revenue);
        }
        month.segments = segments;
    }

    /** For each window month, its history slot; -1 for the evaluated month itself. */
    private static int[] slots(History history, AverageWindow window, YearMonth month) {
        return window.months().stream().mapToInt(m -> m.equals(month) ? -1 : history.slot(m)).toArray();
    }

    private int pastDueSlot(History history, ValueCalendar calendar) {
        YearMonth pastDue = calendar.latestPastDue(rules.arrears);
        return pastDue == null ? -1 : history.slot(pastDue);
    }
}
