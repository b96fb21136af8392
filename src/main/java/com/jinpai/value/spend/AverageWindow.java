package com.jinpai.value.spend;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * Average(c, E): the mean of Spend(c, M) over the closed months M of the W calendar months
 * ending at E, counting only months from the customer's join month on. Closed months start at
 * the data horizon, so months before it never count. The mean is rounded HALF_UP to fen once;
 * that rounded value is what tiers and ranks compare.
 *
 * <p>The prior average of E is the same window ending at the month before E.
 */
public final class AverageWindow {

    private final YearMonth[] months;
    private final int[] monthIndices;

    private AverageWindow(YearMonth[] months) {
        this.months = months;
        this.monthIndices = Arrays.stream(months).mapToInt(Months::index).toArray();
    }

    /** The closed months among the {@code length} calendar months ending at {@code end}, ascending. */
    public static AverageWindow ending(YearMonth end, int length, Collection<YearMonth> closedMonths) {
        YearMonth first = end.minusMonths(length - 1L);
        YearMonth[] inWindow = closedMonths.stream()
                .filter(month -> !month.isBefore(first) && !month.isAfter(end))
                .sorted()
                .distinct()
                .toArray(YearMonth[]::new);
        return new AverageWindow(inWindow);
    }

    public List<YearMonth> months() {
        return List.of(months);
    }

    /** How many window months count for a customer who joined in the given month. */
    public int countedMonths(int joinMonthIndex) {
        return months.length - firstCounted(joinMonthIndex);
    }

    /**
     * The rounded average in fen, or {@link Fen#NONE} when no window month counts.
     *
     * @param spendAt Spend(c, M) in fen for the window month at a position of {@link #months()}
     */
    public long averageFen(int joinMonthIndex, IntToLongFunction spendAt) {
        int first = firstCounted(joinMonthIndex);
        int counted = months.length - first;
        if (counted == 0) {
            return Fen.NONE;
        }
        long sum = 0;
        for (int position = first; position < months.length; position++) {
            sum = Fen.add(sum, spendAt.applyAsLong(position));
        }
        return Fen.divideHalfUp(sum, counted);
    }

    private int firstCounted(int joinMonthIndex) {
        int position = 0;
        while (position < monthIndices.length && monthIndices[position] < joinMonthIndex) {
            position++;
        }
        return position;
    }
}
