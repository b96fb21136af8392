package com.jinpai.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What to generate.
 *
 * @param customers how many customers (ids C0000001 upwards)
 * @param months    the closed months: one bill-line and one payment file each (sorted, duplicates dropped)
 * @param usageDays usage days per month: the last {@code usageDays} of each closed month and days
 *                  1..{@code usageDays} of the open month (the month after the last closed one)
 * @param seed      same seed, same request: byte-identical files
 * @param out       the folder to write into; files of the same name are replaced, others are left alone
 */
public record GenerateRequest(int customers, List<YearMonth> months, int usageDays, long seed, Path out) {

    /** msisdn suffixes are 8 digits derived one-to-one from the customer index. */
    public static final int MAX_CUSTOMERS = 99_999_999;
    public static final int MAX_USAGE_DAYS = 31;

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    public GenerateRequest {
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be between 1 and " + MAX_CUSTOMERS + ", got " + customers);
        }
        if (months == null || months.isEmpty()) {
            throw new IllegalArgumentException("give at least one closed month, e.g. --months 2026-08,2026-09,2026-10");
        }
        if (months.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("months must not contain an empty entry: " + months);
        }
        months = List.copyOf(new TreeSet<>(months));
        if (usageDays < 0 || usageDays > MAX_USAGE_DAYS) {
            throw new IllegalArgumentException("usage days must be between 0 and " + MAX_USAGE_DAYS + ", got " + usageDays);
        }
        if (out == null) {
            throw new IllegalArgumentException("give the folder to write into, e.g. --out sample-data");
        }
    }

    public YearMonth firstMonth() {
        return months.get(0);
    }

    public YearMonth lastMonth() {
        return months.get(months.size() - 1);
    }

    /** The month whose bill is not closed yet: only its first usage days exist. */
    public YearMonth openMonth() {
        return lastMonth().plusMonths(1);
    }

    /**
     * When the exports are taken: the end of the last usage day of the open month (the end of the
     * last closed month with no usage days). Nothing in the files happens after it.
     */
    public LocalDateTime asOf() {
        if (usageDays == 0) {
            return lastMonth().atEndOfMonth().atTime(END_OF_DAY);
        }
        return openMonth().atDay(Math.min(usageDays, openMonth().lengthOfMonth())).atTime(END_OF_DAY);
    }

    /** The usage days of a closed month (its last days) or of the open month (its first days). */
    public List<LocalDate> usageDates(YearMonth month) {
        int days = Math.min(usageDays, month.lengthOfMonth());
        int firstDay = month.equals(openMonth()) ? 1 : month.lengthOfMonth() - days + 1;
        List<LocalDate> dates = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            dates.add(month.atDay(firstDay + i));
        }
        return dates;
    }
}
