package com.jinpai.value;

import com.jinpai.value.spend.Fen;
import com.jinpai.value.star.StarHistory;
import com.jinpai.value.star.StarLadder;
import com.jinpai.value.star.StarRating;
import com.jinpai.value.star.StarRules;
import com.jinpai.value.star.StarScore;
import com.jinpai.value.star.SuspensionRule;

/**
 * The star rating of a month with the {@code value.star} rules, after the per-customer pass of
 * {@link MonthCalculator} (it needs the month's spend and paid-to-date). A closed month is scored,
 * rated and earns loyalty points; the open month's estimate carries the last closed evaluation.
 */
final class StarCalculator {

    private final StarRules rules;

    StarCalculator(StarRules rules) {
        this.rules = rules;
    }

    StarMonth close(MonthFrame frame, ValueCalendar calendar, MonthValues values) {
        StarFrame inputs = frame.stars;
        StarMonth stars = new StarMonth(rules.ladder, frame.size);
        boolean ratingMonth = rules.year.isRatingMonth(frame.month);
        History history = frame.history;
        for (int i = 0; i < frame.size; i++) {
            int tenure = StarScore.tenureMonths(inputs.joinDate[i], calendar.asOf());
            int found = 0;
            for (int b = 0; b < inputs.checkedBills.size(); b++) {
                long paid = Fen.add(history.previousPaidToDate[i], inputs.paidToCheckDay[b][i]);
                if (SuspensionRule.isSuspension(inputs.checkedBilledToDate[b][i], paid)) {
                    found++;
                }
            }
            stars.newSuspensions[i] = found;
            stars.suspensions[i] = inputs.suspensionsBefore[i] + found;
            stars.yearSpend[i] = frame.monthIndex >= frame.joinMonth[i]
                    ? Fen.add(inputs.yearSpendBefore[i], values.spend[i]) : inputs.yearSpendBefore[i];
            long score = rules.score.score(tenure, stars.yearSpend[i], stars.suspensions[i]);
            stars.score[i] = score;
            boolean blocklisted = inputs.blocklistBill != null
                    && SuspensionRule.isBlocklisted(inputs.blocklistBilledToDate[i], values.paidToDate[i]);
            stars.exclusion[i] = rules.eligibility.exclusion(tenure, frame.statuses.value(frame.status[i]),
                    inputs.customerType[i], blocklisted);
            boolean rated = stars.exclusion[i] == null;
            int before = inputs.previousLevel[i];
            stars.previousLevel[i] = before;
            stars.level[i] = StarRating.evaluate(before, rules.ladder.levelOf(score), rated, ratingMonth);
            stars.nearStar[i] = rated && stars.level[i] == StarLadder.NONE && rules.ladder.isNearStar(score);
            stars.spend[i] = values.spend[i];
            if (before != StarLadder.NONE) {
                stars.points[i] = rules.loyalty.points(values.spend[i], stars.multiplier(before));
            }
        }
        stars.history = StarHistory.of(frame.month, stars.previousLevel, stars.level);
        return stars;
    }

    /** The open month: the star, score and standing of the last closed evaluation, unchanged. */
    StarMonth estimate(MonthFrame frame) {
        StarFrame inputs = frame.stars;
        StarMonth stars = new StarMonth(rules.ladder, frame.size);
        for (int i = 0; i < frame.size; i++) {
            stars.level[i] = inputs.previousLevel[i];
            stars.previousLevel[i] = inputs.previousLevel[i];
            stars.score[i] = inputs.previousScore[i];
            stars.yearSpend[i] = inputs.previousScore[i] == StarFrame.NO_SCORE ? Fen.NONE : inputs.previousYearSpend[i];
            stars.suspensions[i] = inputs.previousSuspensions[i];
            stars.exclusion[i] = inputs.previousExclusion[i];
            stars.nearStar[i] = inputs.previousNearStar[i];
        }
        return stars;
    }
}
