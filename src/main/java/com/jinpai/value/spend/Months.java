package com.jinpai.value.spend;

import java.time.YearMonth;

/**
 * Months as consecutive ints ({@code year * 12 + month - 1}) for per-customer arrays, where a
 * {@link YearMonth} object per customer would cost a million allocations a month.
 */
public final class Months {

    private static final int MONTHS_PER_YEAR = 12;

    private Months() {
    }

    public static int index(YearMonth month) {
        return month.getYear() * MONTHS_PER_YEAR + month.getMonthValue() - 1;
    }
}
