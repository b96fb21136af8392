package com.jinpai.value;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.jinpai.value.spend.Fen;
import com.jinpai.value.spend.Months;
import com.jinpai.value.star.StarExclusion;
import com.jinpai.value.star.StarLadder;
import com.jinpai.value.star.StarRules;
import org.springframework.stereotype.Component;

/**
 * Reads what the star rating needs into a {@link StarFrame}, with set-based streamed queries like
 * {@link MonthInputs}: the previous closed month's star columns and the star year's earlier rows
 * of {@code customer_month} (for a closed month in the history's pass over those months, {@link
 * MonthInputs#closedHistory}), and the payments up to the check day of
 * each bill this evaluation checks; the customers' join dates and types come with the frame's
 * customers. A partition's reads keep to its buckets in SQL ({@link BucketSql}).
 */
@Component
class StarInputs {

    /** The previous closed month's star columns, as {@link #readPreviousState} reads them. */
    static final String PREVIOUS_COLUMNS = "star_level, star_score, star_year_spend, star_suspensions,"
            + " star_exclusion, near_star";
    static final int PREVIOUS_COLUMN_COUNT = PREVIOUS_COLUMNS.split(",").length;

    /**
     * For a closed month's evaluation: sets up the frame's star frame and returns the reader of the
     * earlier months' rows it needs, which the history's pass serves ({@link MonthInputs#closedHistory});
     * the payments up to the {@link #checkDays} come with the month's payments.
     */
    MonthInputs.EarlierRows forClose(MonthFrame frame, ValueCalendar calendar, StarRules rules) {
        StarFrame stars = new StarFrame(frame.size);
        frame.stars = stars;
        customers(frame, stars);
        YearMonth previous = calendar.previousClosed();
        List<YearMonth> before = new ArrayList<>(rules.year.months(frame.month, calendar.closedMonths()));
        before.remove(frame.month);
        List<YearMonth> checked = checkedBills(calendar, rules);
        stars.checkBills(checked, frame.size);
        stars.blocklistBill = rules.suspensions.blocklistBill(calendar.closedMonths(), calendar.asOf());
        TreeSet<YearMonth> months = new TreeSet<>(before);
        months.addAll(checked);
        if (stars.blocklistBill != null) {
            months.add(stars.blocklistBill);
        }
        months.remove(frame.month);
        return new EarlierRows(frame, stars, months, before, previous, rules.ladder);
    }

    /**
     * The check days of the bills this closed month's evaluation checks ({@link StarFrame#checkedBills}),
     * in order: what was paid up to each goes to {@link StarFrame#paidToCheckDay}, read with the
     * month's payments ({@link MonthInputs#payments(MonthFrame, LocalDate, LocalDate, List, long[][])}).
     */
    List<LocalDate> checkDays(MonthFrame frame, StarRules rules) {
        return frame.stars.checkedBills.stream().map(rules.suspensions::checkDay).toList();
    }

    private static List<YearMonth> checkedBills(ValueCalendar calendar, StarRules rules) {
        YearMonth previous = calendar.previousClosed();
        LocalDate previousAsOf = previous == null ? null : previous.atEndOfMonth();
        return rules.suspensions.billsCheckedBetween(calendar.closedMonths(), previousAsOf, calendar.asOf());
    }

    /**
     * For the open month's estimate: the last closed evaluation's star columns, which the history's
     * read of that month's rows brings along ({@link MonthInputs#history(MonthFrame, List, YearMonth,
     * StarFrame, StarLadder)}: one pass over the previous month, not two); the frame to fill.
     */
    StarFrame forEstimate(MonthFrame frame) {
        StarFrame stars = new StarFrame(frame.size);
        frame.stars = stars;
        return stars;
    }

    /** The frame's customers' join dates and types, read with the frame's customers ({@link MonthInputs}). */
    private static void customers(MonthFrame frame, StarFrame stars) {
        for (int i = 0; i < frame.size; i++) {
            stars.joinDate[i] = LocalDate.ofEpochDay(frame.joinDay[i]);
            stars.customerType[i] = frame.customerType[i];
        }
    }

    /** The previous closed month's star columns, {@link #PREVIOUS_COLUMNS}, from {@code first} on. */
    static void readPreviousState(StarFrame stars, int position, ResultSet rs, int first, StarLadder ladder)
            throws SQLException {
        stars.previousLevel[position] = ladder.indexOf(rs.getString(first));
        long score = rs.getLong(first + 1);
        stars.previousScore[position] = rs.wasNull() ? StarFrame.NO_SCORE : score;
        BigDecimal yearSpend = rs.getBigDecimal(first + 2);
        stars.previousYearSpend[position] = yearSpend == null ? 0 : Fen.of(yearSpend);
        stars.previousSuspensions[position] = rs.getInt(first + 3);
        String exclusion = rs.getString(first + 4);
        stars.previousExclusion[position] = exclusion == null ? null : StarExclusion.valueOf(exclusion);
        stars.previousNearStar[position] = rs.getBoolean(first + 5);
    }

    /**
     * The star rating's share of the earlier months' rows: spend and suspensions found of the star
     * year's months ({@code yearMonths}), billed-to-date of the checked bills and of the blocklist
     * bill, and the star columns of the previous closed month (null: none), which is usually one
     * of them.
     */
    private static final class EarlierRows implements MonthInputs.EarlierRows {

        private final MonthFrame frame;
        private final StarFrame stars;
        private final TreeSet<YearMonth> months;
        private final TreeSet<YearMonth> read;
        private final List<YearMonth> yearMonths;
        private final YearMonth previous;
        private final StarLadder ladder;
        /** Where the star year's spend and suspensions are summed: the star frame's, or a fork's own. */
        private final long[] yearSpendBefore;
        private final int[] suspensionsBefore;

        EarlierRows(MonthFrame frame, StarFrame stars, TreeSet<YearMonth> months, List<YearMonth> yearMonths,
                YearMonth previous, StarLadder ladder) {
            this(frame, stars, months, yearMonths, previous, ladder, stars.yearSpendBefore, stars.suspensionsBefore);
        }

        private EarlierRows(MonthFrame frame, StarFrame stars, TreeSet<YearMonth> months, List<YearMonth> yearMonths,
                YearMonth previous, StarLadder ladder, long[] yearSpendBefore, int[] suspensionsBefore) {
            this.yearSpendBefore = yearSpendBefore;
            this.suspensionsBefore = suspensionsBefore;
            this.frame = frame;
            this.stars = stars;
            this.months = months;
            this.read = new TreeSet<>(months);
            if (previous != null) {
                read.add(previous);
            }
            this.yearMonths = yearMonths;
            this.previous = previous;
            this.ladder = ladder;
        }

        @Override
        public Set<YearMonth> months() {
            return read;
        }

        /**
         * The same months into sums of its own: the checked bills' and the blocklist bill's
         * billed-to-date and the previous month's star columns are each of one month's rows, read
         * by one of the two; only the star year's spend and suspensions add up across months.
         */
        @Override
        public MonthInputs.EarlierRows fork() {
            return new EarlierRows(frame, stars, months, yearMonths, previous, ladder, new long[frame.size],
                    new int[frame.size]);
        }

        @Override
        public void join(MonthInputs.EarlierRows fork) {
            EarlierRows other = (EarlierRows) fork;
            for (int i = 0; i < frame.size; i++) {
                yearSpendBefore[i] = Fen.add(yearSpendBefore[i], other.yearSpendBefore[i]);
                suspensionsBefore[i] += other.suspensionsBefore[i];
            }
        }

        @Override
        public String columns() {
            return "star_new_suspensions";
        }

        @Override
        public String previousColumns() {
            return PREVIOUS_COLUMNS;
        }

        @Override
        public void read(ResultSet rs, int first, int position, YearMonth month, long spend, long billedToDate)
                throws SQLException {
            if (month.equals(previous)) {
                readPreviousState(stars, position, rs, first + 1, ladder);
            }
            if (!months.contains(month)) {
                return;
            }
            if (yearMonths.contains(month)) {
                if (Months.index(month) >= frame.joinMonth[position]) {
                    yearSpendBefore[position] = Fen.add(yearSpendBefore[position], spend);
                }
                suspensionsBefore[position] += rs.getInt(first);
            }
            int checked = stars.checkedBills.indexOf(month);
            if (checked >= 0) {
                stars.checkedBilledToDate[checked][position] = billedToDate;
            }
            if (month.equals(stars.blocklistBill)) {
                stars.blocklistBilledToDate[position] = billedToDate;
            }
        }
    }
}
