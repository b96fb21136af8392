package com.jinpai.ingest.quality;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Judges every source from what is loaded: the ledger ({@code ingest_file}) for files and their rows,
 * the tables for the newest data. Used by the run's {@code inputsCheckStep} and by {@code jinpai check}.
 */
@Service
public class InputChecks {

    /** The sources in ingest order, by their {@code ingest_file.source} id. */
    static final List<String> SOURCES = List.of("customers", "account-managers", "bill-lines", "payments", "usage",
            "complaints");

    private final JdbcTemplate jdbc;
    private final InputsProperties properties;
    private final PaymentCoverage payments;
    private final NewestPayment newestPayment;

    InputChecks(JdbcTemplate jdbc, InputsProperties properties, PaymentCoverage payments,
            NewestPayment newestPayment) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.payments = payments;
        this.newestPayment = newestPayment;
    }

    /**
     * @param asOf the run's as-of date
     * @param judgedOn the day ages are measured on
     * @param month the month the run is about (whose arrears need the payments), or null for none
     */
    public InputAssessment assess(LocalDate asOf, LocalDate judgedOn, @Nullable YearMonth month) {
        Map<String, LocalDate> newestData = new HashMap<>();
        for (String source : SOURCES) {
            if (freshness(source) != null) {
                newestData.put(source, newestData(source));
            }
        }
        LocalDate knownUpTo = knownUpTo(asOf, newestData.get("usage"), newestData.get("payments"));
        List<SourceCheck> checks = new ArrayList<>();
        for (String source : SOURCES) {
            checks.add(check(source, judgedOn, newestData.get(source), knownUpTo,
                    month == null ? null : payments(source, month, asOf)));
        }
        return new InputAssessment(asOf, judgedOn, checks);
    }

    /**
     * The newest day the daily data reaches (usage_date, paid_at), the as-of without any: the day the
     * exports were taken, which is what a file's rows cover. So a run dated after the exports does not
     * read their last period as short, and one dated before them (a month-close of an earlier month over
     * the same inbox) does not read it as too large; how old that day is, is the freshness rules' to judge.
     */
    static LocalDate knownUpTo(LocalDate asOf, @Nullable LocalDate newestUsage, @Nullable LocalDate newestPaid) {
        LocalDate reach = newestUsage == null ? newestPaid
                : newestPaid == null || newestUsage.isAfter(newestPaid) ? newestUsage : newestPaid;
        return reach == null ? asOf : reach;
    }

    private @Nullable String payments(String source, YearMonth month, LocalDate asOf) {
        return source.equals("payments") ? payments.gap(month, asOf) : null;
    }

    private SourceCheck check(String source, LocalDate judgedOn, @Nullable LocalDate newestData, LocalDate knownUpTo,
            @Nullable String coverageGap) {
        List<FileRows> files = jdbc.query("SELECT file_name, rows_read, bill_month FROM ingest_file WHERE source = ?"
                + " AND status = 'LOADED' ORDER BY file_name", (rs, row) -> new FileRows(rs.getString(1),
                        rs.getLong(2), rs.getString(3)), source);
        FileRows newest = files.isEmpty() ? null : files.get(files.size() - 1);
        List<SourceCheck.Finding> findings = new ArrayList<>();
        Level level = Level.PASS;
        Long age = null;
        FreshnessRule freshness = freshness(source);
        if (freshness != null) {
            FreshnessRule.Verdict verdict = freshness.judge(source, newestData, judgedOn);
            age = verdict.age();
            level = level.worst(add(findings, verdict.level(), verdict.text()));
        }
        Long usual = null;
        if (newest != null && InputsProperties.Volume.FACT_SOURCES.contains(source)) {
            List<Long> earlier = files.subList(0, files.size() - 1).stream().map(FileRows::rows).toList();
            VolumeBand.Verdict verdict = properties.volume().band().judge(source + " " + newest.name(), newest.rows(),
                    earlier, period(source, newest, knownUpTo));
            usual = verdict.expected();
            if (verdict.anomalous()) {
                Level anomaly = properties.volume().errorFor().contains(source) ? Level.ERROR : Level.WARN;
                level = level.worst(add(findings, anomaly, verdict.text()));
            }
        }
        if (coverageGap != null) {
            level = level.worst(add(findings, Level.WARN, coverageGap));
        }
        return new SourceCheck(source, level, newest == null ? null : newest.name(), newestData, age,
                newest == null ? null : newest.rows(), usual, findings);
    }

    /**
     * The days the newest file's rows belong to, or null for a file that is whole once it arrives: a
     * closed month's bill lines. A payments file holds the payments made in one month (by default the
     * month after the bill month its name carries); a usage file one day, or one month when its name
     * carries no day.
     */
    private VolumeBand.@Nullable Period period(String source, FileRows file, LocalDate knownUpTo) {
        YearMonth month = file.month() == null ? null : YearMonth.parse(file.month());
        return switch (source) {
            case "payments" -> month == null ? null : monthPeriod(properties.volume().paymentsPeriod().paidIn(month),
                    knownUpTo);
            case "usage" -> {
                LocalDate day = InboxDays.dayIn(file.name());
                yield day != null ? new VolumeBand.Period(day, day, knownUpTo)
                        : month == null ? null : monthPeriod(month, knownUpTo);
            }
            default -> null;
        };
    }

    private static VolumeBand.Period monthPeriod(YearMonth month, LocalDate knownUpTo) {
        return new VolumeBand.Period(month.atDay(1), month.atEndOfMonth(), knownUpTo);
    }

    private static Level add(List<SourceCheck.Finding> findings, Level level, String text) {
        if (level != Level.PASS) {
            findings.add(new SourceCheck.Finding(level, text));
        }
        return level;
    }

    private @Nullable FreshnessRule freshness(String source) {
        InputsProperties.Freshness ages = properties.freshness();
        return switch (source) {
            case "usage" -> ages.usage().rule();
            case "payments" -> ages.payments().rule();
            case "bill-lines" -> ages.billLines().rule();
            case "complaints" -> ages.complaints().rule();
            default -> null;
        };
    }

    private @Nullable LocalDate newestData(String source) {
        return switch (source) {
            case "usage" -> date(jdbc.queryForObject("SELECT MAX(usage_date) FROM usage_day", Date.class));
            case "payments" -> newestPayment.day();
            case "complaints" -> date(jdbc.queryForObject("SELECT MAX(opened_at) FROM complaint", Timestamp.class));
            case "bill-lines" -> {
                String month = jdbc.queryForObject("SELECT MAX(bill_month) FROM ingest_file WHERE source = 'bill-lines'"
                        + " AND status = 'LOADED'", String.class);
                yield month == null ? null : YearMonth.parse(month).atEndOfMonth();
            }
            default -> null;
        };
    }

    private static @Nullable LocalDate date(java.util.@Nullable Date value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp time ? time.toLocalDateTime().toLocalDate()
                : ((Date) value).toLocalDate();
    }

    /** @param month the month the file's name carries ({@code ingest_file.bill_month}), or null */
    private record FileRows(String name, long rows, @Nullable String month) {
    }
}
