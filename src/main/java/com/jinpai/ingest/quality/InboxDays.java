package com.jinpai.ingest.quality;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.jinpai.ingest.IngestService;
import com.jinpai.ingest.Source;

/**
 * The days the inbox has usage exports for, read from the file names ({@code usage_2026-11-05.csv}):
 * a daily export is written once its day is over, so the newest named day is the newest complete one.
 * {@code nightly} takes it as its default as-of, so an estimate never runs ahead of its data.
 */
@Component
public class InboxDays {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");

    private final IngestService ingest;

    InboxDays(IngestService ingest) {
        this.ingest = ingest;
    }

    /** The newest usage day named in the inbox within {@code month} and not after {@code today}, or null. */
    public @Nullable LocalDate newestUsageDay(Path inbox, YearMonth month, LocalDate today) {
        LocalDate newest = null;
        for (Path file : ingest.files(Source.USAGE, inbox)) {
            LocalDate day = dayIn(file.getFileName().toString());
            if (day != null && YearMonth.from(day).equals(month) && !day.isAfter(today)
                    && (newest == null || day.isAfter(newest))) {
                newest = day;
            }
        }
        return newest;
    }

    static @Nullable LocalDate dayIn(String fileName) {
        Matcher matcher = DAY.matcher(fileName);
        while (matcher.find()) {
            try {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            }
            catch (DateTimeException ex) {
                // not a date: look further along the name
            }
        }
        return null;
    }
}
