package com.jinpai.ingest.quality;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.validation.annotation.Validated;

/**
 * How the inputs are judged ({@code jinpai.inputs} in {@code config/sources.yml}).
 *
 * @param snapshotShrinkLimit largest share of the known keys a customers or account-managers file may
 *        drop (0.10: 10%); 1 turns the guard off
 * @param freshness warn and error ages per source
 * @param volume the band a fact file's rows must stay in around the usual
 */
@Validated
@ConfigurationProperties("jinpai.inputs")
public record InputsProperties(
        @DefaultValue("0.10") @DecimalMin("0") @DecimalMax("1") BigDecimal snapshotShrinkLimit,
        @Valid @DefaultValue Freshness freshness,
        @Valid @DefaultValue Volume volume) {

    /** The defaults, as the shipped config/sources.yml has them. */
    public static InputsProperties defaults() {
        return new InputsProperties(new BigDecimal("0.10"), new Freshness(null, null, null, null),
                new Volume(new BigDecimal("-0.5"), new BigDecimal("1.0"), 6, 2, List.of(),
                        Volume.PaymentsPeriod.FOLLOWING_MONTH));
    }

    /**
     * Ages in days ({@code 3} or {@code 3d}); an age left out is not checked.
     *
     * @param warnAfter older newest data is a warning
     * @param errorAfter older newest data fails the run before anything is published
     */
    public record Age(@Nullable @DurationUnit(ChronoUnit.DAYS) Duration warnAfter,
            @Nullable @DurationUnit(ChronoUnit.DAYS) Duration errorAfter) {

        public Age {
            if (warnAfter != null && errorAfter != null && warnAfter.compareTo(errorAfter) > 0) {
                throw new IllegalArgumentException("warn-after (" + warnAfter.toDays() + " days) must not be past"
                        + " error-after (" + errorAfter.toDays() + " days)");
            }
        }

        static Age days(@Nullable Integer warn, @Nullable Integer error) {
            return new Age(warn == null ? null : Duration.ofDays(warn), error == null ? null : Duration.ofDays(error));
        }

        FreshnessRule rule() {
            return new FreshnessRule(warnAfter == null ? null : (int) warnAfter.toDays(),
                    errorAfter == null ? null : (int) errorAfter.toDays());
        }
    }

    /**
     * Per fact source; what a source leaves out takes the default below.
     *
     * @param usage newest usage_date (default warn 2, error 5 days)
     * @param payments newest paid_at (default warn 10, error 40 days)
     * @param billLines last day of the newest closed bill month (default warn 45, error 75 days)
     * @param complaints newest opened_at (default warn 14 days, no error)
     */
    public record Freshness(@Nullable Age usage, @Nullable Age payments, @Nullable Age billLines,
            @Nullable Age complaints) {

        public Freshness {
            usage = usage != null ? usage : Age.days(2, 5);
            payments = payments != null ? payments : Age.days(10, 40);
            billLines = billLines != null ? billLines : Age.days(45, 75);
            complaints = complaints != null ? complaints : Age.days(14, null);
        }
    }

    /**
     * @param below lowest change against the usual before it is an anomaly (-0.5: half the usual rows)
     * @param above highest change (1.0: twice the usual rows)
     * @param trailingFiles how many earlier files of the source make the usual (their median)
     * @param minEarlierFiles fewer earlier files than this: nothing to compare with, no verdict
     * @param errorFor sources (bill-lines, payments, usage) whose anomaly is an error, not a warning
     * @param paymentsPeriod the month a payments file's payments are made in, against the month its name
     *        carries: while that month is in progress the file is held to the usual pro-rated by its days
     */
    public record Volume(
            @DefaultValue("-0.5") @DecimalMin("-1") @DecimalMax("0") BigDecimal below,
            @DefaultValue("1.0") @DecimalMin("0") BigDecimal above,
            @DefaultValue("6") @Positive int trailingFiles,
            @DefaultValue("2") @Min(1) int minEarlierFiles,
            @DefaultValue List<String> errorFor,
            @DefaultValue("following-month") PaymentsPeriod paymentsPeriod) {

        static final Set<String> FACT_SOURCES = Set.of("bill-lines", "payments", "usage");

        /** Which month a payments file named for month M holds the payments of. */
        public enum PaymentsPeriod {
            /** Payments made in M itself (an export of the month's takings). */
            FILE_MONTH(0),
            /** Payments against M's bill, made in the month after it (the canonical export, SPEC 2). */
            FOLLOWING_MONTH(1);

            private final int monthsAfter;

            PaymentsPeriod(int monthsAfter) {
                this.monthsAfter = monthsAfter;
            }

            YearMonth paidIn(YearMonth fileMonth) {
                return fileMonth.plusMonths(monthsAfter);
            }
        }

        public Volume {
            errorFor = List.copyOf(errorFor);
            for (String source : errorFor) {
                if (!FACT_SOURCES.contains(source)) {
                    throw new IllegalArgumentException("error-for lists '" + source + "': volume is checked for "
                            + "bill-lines, payments and usage only");
                }
            }
        }

        VolumeBand band() {
            return new VolumeBand(below, above, trailingFiles, minEarlierFiles);
        }
    }
}
