package com.jinpai.value.star;

import java.time.YearMonth;
import java.util.List;

/**
 * The star year of an evaluated month: {@code CALENDAR_YEAR} January of the month's year up to the
 * month (the whole year at a December rating), {@code TRAILING_12_CLOSED} the twelve months ending at
 * it. Only closed months within the data horizon and from the join month on count; see the README.
 */
public final class StarYear {

    private final int ratingMonth;
    private final YearBasis basis;

    public StarYear(StarProperties properties) {
        this.ratingMonth = properties.ratingMonth();
        this.basis = properties.yearBasis();
    }

    public YearMonth firstMonth(YearMonth month) {
        return basis == YearBasis.CALENDAR_YEAR ? YearMonth.of(month.getYear(), 1) : month.minusMonths(11);
    }

    /** The closed months of the year ending at {@code month}, ascending. */
    public List<YearMonth> months(YearMonth month, List<YearMonth> closedMonths) {
        YearMonth first = firstMonth(month);
        return closedMonths.stream().filter(m -> !m.isBefore(first) && !m.isAfter(month)).sorted().toList();
    }

    public boolean isRatingMonth(YearMonth month) {
        return month.getMonthValue() == ratingMonth;
    }
}
