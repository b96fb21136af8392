package com.jinpai.value;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

import javax.sql.DataSource;

import com.jinpai.value.spend.Fen;
import com.jinpai.value.spend.Months;
import com.jinpai.value.star.StarExclusion;
import com.jinpai.value.star.StarLadder;
import com.jinpai.value.star.StarRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what the star rating needs into a {@link StarFrame}, with set-based streamed queries like
 * {@link MonthInputs}: the previous closed month's star columns and the star year's earlier rows
 * of {@code customer_month} (one pass over those months), and the payments up to the check day of
 * each bill this evaluation checks; the customers' join dates and types come with the frame's
 * customers. A partition's reads keep to its buckets in SQL ({@link BucketSql}).
 */
@Component
class StarInputs {

    private static final int FETCH_SIZE = 10_000;
    /** The previous closed month's star columns, as {@link #readPreviousState} reads them. */
    static final String PREVIOUS_COLUMNS = "star_level, star_score, star_year_spend, star_suspensions,"
            + " star_exclusion, near_star";

    private final JdbcTemplate jdbc;

    StarInputs(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /** For a closed month's evaluation. */
    void forClose(MonthFrame frame, ValueCalendar calendar, StarRules rules) {
        StarFrame stars = new StarFrame(frame.size);
        frame.stars = stars;
        customers(frame, stars);
        YearMonth previous = calendar.previousClosed();
        List<YearMonth> before = new ArrayList<>(rules.year.months(frame.month, calendar.closedMonths()));
        before.remove(frame.month);
        LocalDate previousAsOf = previous == null ? null : previous.atEndOfMonth();
        List<YearMonth> checked = rules.suspensions.billsCheckedBetween(calendar.closedMonths(), previousAsOf,
                calendar.asOf());
        stars.checkBills(checked, frame.size);
        stars.blocklistBill = rules.suspensions.blocklistBill(calendar.closedMonths(), calendar.asOf());
        TreeSet<YearMonth> months = new TreeSet<>(before);
        months.addAll(checked);
        if (stars.blocklistBill != null) {
            months.add(stars.blocklistBill);
        }
        months.remove(frame.month);
        earlierRows(frame, stars, months, before, previous, rules.ladder);
        LocalDate from = calendar.paymentsFrom();
        for (int b = 0; b < checked.size() && from != null; b++) {
            LocalDate checkDay = rules.suspensions.checkDay(checked.get(b));
            long[] paid = stars.paidToCheckDay[b];
            if (!from.isAfter(checkDay)) {
                jdbc.query(MonthInputs.paymentsSql(frame.range), rs -> {
                            int position = frame.position(rs.getString(1));
                            if (position >= 0) {
                                paid[position] = Fen.add(paid[position], Fen.of(rs.getBigDecimal(2)));
                            }
                        }, BucketSql.parameters(frame.range, from.atStartOfDay(), checkDay.plusDays(1).atStartOfDay()));
            }
        }
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
     * One read of the earlier months' rows: spend and suspensions found of the star year's months
     * ({@code yearMonths}), billed-to-date of the checked bills and of the blocklist bill, and the
     * star columns of the previous closed month (null: none), which is usually one of them.
     */
    private void earlierRows(MonthFrame frame, StarFrame stars, TreeSet<YearMonth> months, List<YearMonth> yearMonths,
            YearMonth previous, StarLadder ladder) {
        TreeSet<YearMonth> read = new TreeSet<>(months);
        if (previous != null) {
            read.add(previous);
        }
        if (read.isEmpty()) {
            return;
        }
        List<Object> parameters = new ArrayList<>();
        read.forEach(month -> parameters.add(month.toString()));
        String placeholders = String.join(", ", Collections.nCopies(read.size(), "?"));
        String blocklist = stars.blocklistBill == null ? null : stars.blocklistBill.toString();
        jdbc.query("SELECT customer_id, bill_month, spend, star_new_suspensions, billed_to_date, " + PREVIOUS_COLUMNS
                + " FROM customer_month WHERE estimated = FALSE AND bill_month IN (" + placeholders + ")"
                + BucketSql.and(frame.range, ""),
                rs -> {
                    int position = frame.position(rs.getString(1));
                    if (position < 0) {
                        return;
                    }
                    YearMonth month = YearMonth.parse(rs.getString(2));
                    if (month.equals(previous)) {
                        readPreviousState(stars, position, rs, 6, ladder);
                    }
                    if (!months.contains(month)) {
                        return;
                    }
                    if (yearMonths.contains(month)) {
                        if (Months.index(month) >= frame.joinMonth[position]) {
                            stars.yearSpendBefore[position] = Fen.add(stars.yearSpendBefore[position],
                                    Fen.of(rs.getBigDecimal(3)));
                        }
                        stars.suspensionsBefore[position] += rs.getInt(4);
                    }
                    long billedToDate = Fen.of(rs.getBigDecimal(5));
                    int checked = stars.checkedBills.indexOf(month);
                    if (checked >= 0) {
                        stars.checkedBilledToDate[checked][position] = billedToDate;
                    }
                    if (month.toString().equals(blocklist)) {
                        stars.blocklistBilledToDate[position] = billedToDate;
                    }
                }, BucketSql.parameters(frame.range, parameters.toArray()));
    }
}
