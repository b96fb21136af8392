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
 * quintiles), then the segment tables.
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
        rankAndSegment(frame, values);
        if (calendar.previousClosed() != null) {
            values.topNChanges = rules.topN.changes(frame.ids, values.ranks.overall(), history.previousTopN,
                    history.previousRank);
        }
        values.migration = new TierMigration();
        for (int i = 0; i < frame.size; i++) {
            values.migration.add(values.previousTier[i], values.tier[i]);
        }
        return values;
    }

    /**
     * The open month as an estimate: spend estimated to date; the tier, its grace count and the
     * average are carried from the last closed evaluation, never re-evaluated on an estimate.
     */
    MonthValues estimate(MonthFrame frame, ValueCalendar calendar) {
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
        rankAndSegment(frame, values);
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

    private void rankAndSegment(MonthFrame frame, MonthValues values) {
        RankedMonth ranks = Ranking.rankMonth(frame.ids, values.average, frame.closed, frame.region, frame.brand);
        values.ranks = ranks;
        RfmScores rfm = RfmScores.score(values.recencyDays, frame.activeDays, values.spend, frame.closed, rules.rfm);
        SegmentTotals segments = new SegmentTotals();
        for (int i = 0; i < frame.size; i++) {
            int rank = ranks.overall()[i];
            values.topN[i] = rules.topN.contains(rank);
            values.decile[i] = ranks.decileAt(i);
            values.percentileHundredths[i] = ranks.percentileHundredthsAt(i);
            values.movement[i] = RankedMonth.movement(rank, frame.history.previousRank[i]);
            values.recencyScore[i] = rfm.recency()[i];
            values.frequencyScore[i] = rfm.frequency()[i];
            values.monetaryScore[i] = rfm.monetary()[i];
            values.segment[i] = rfm.segment()[i];
            long revenue = values.spend[i];
            segments.add(Dimension.TIER, values.tier[i].name(), revenue);
            segments.add(Dimension.REGION, frame.regions.value(frame.region[i]), revenue);
            segments.add(Dimension.BRAND, frame.brands.value(frame.brand[i]), revenue);
            segments.add(Dimension.RFM_SEGMENT, values.segment[i] == null ? null : values.segment[i].name(), revenue);
            segments.add(Dimension.TREND, values.trend[i].name(), revenue);
            segments.add(Dimension.STAR, values.stars.segment(i), revenue);
        }
        values.segments = segments;
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
