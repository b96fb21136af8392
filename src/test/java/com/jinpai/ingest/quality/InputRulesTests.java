package com.jinpai.ingest.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules that judge the inputs, without Spring or a database. */
class InputRulesTests {

    @Test
    void aSnapshotMayDropUpToTheLimitOfItsKnownKeys() {
        ShrinkGuard guard = new ShrinkGuard(new BigDecimal("0.10"));

        assertThat(guard.passes(20_000, 18_000)).isTrue();
        assertThat(guard.passes(20_000, 17_999)).isFalse();
        assertThat(guard.passes(0, 0)).isTrue();
        assertThat(guard.passes(100, 300)).isTrue();
        assertThat(guard.refusal("customers.csv", "customers", 20_000, 14_000))
                .contains("customers.csv would drop 6,000 of the 20,000 known customers (30.0%; 20,000 before, "
                        + "14,000 after), more than the 10.0% allowed")
                .contains("--accept-shrink").contains("jinpai.inputs.snapshot-shrink-limit");
        assertThat(guard.refusal("customers.csv", "customers", 20_000, 19_000)).isNull();
    }

    @Test
    void freshnessIsTheAgeOfTheNewestDataOnTheDayJudged() {
        FreshnessRule rule = new FreshnessRule(2, 5);
        LocalDate day = LocalDate.of(2026, 11, 20);

        assertThat(rule.judge("usage", day.minusDays(2), day).level()).isEqualTo(Level.PASS);
        assertThat(rule.judge("usage", day.minusDays(3), day).level()).isEqualTo(Level.WARN);
        FreshnessRule.Verdict stale = rule.judge("usage", LocalDate.of(2026, 11, 5), day);
        assertThat(stale.level()).isEqualTo(Level.ERROR);
        assertThat(stale.age()).isEqualTo(15);
        assertThat(stale.text()).isEqualTo("usage: newest data 2026-11-05 is 15 days old on 2026-11-20, past its "
                + "error age of 5 days");
        assertThat(rule.judge("usage", day.plusDays(3), day).age()).isZero();
        assertThat(rule.judge("usage", null, day).level()).isEqualTo(Level.WARN);
        assertThat(new FreshnessRule(null, null).judge("complaints", day.minusYears(1), day).level())
                .isEqualTo(Level.PASS);
    }

    @Test
    void aFileOutsideTheBandAroundTheTrailingMedianIsAnAnomaly() {
        VolumeBand band = new VolumeBand(new BigDecimal("-0.5"), new BigDecimal("1.0"), 6, 2);
        List<Long> earlier = List.of(19_400L, 19_600L, 50L, 19_500L);

        assertThat(VolumeBand.median(earlier)).isEqualTo(19_400L);
        VolumeBand.Verdict shrunk = band.judge("payments payments_2026-10.csv", 2_513, earlier);
        assertThat(shrunk.anomalous()).isTrue();
        assertThat(shrunk.expected()).isEqualTo(19_400L);
        assertThat(shrunk.text()).contains("2,513 rows against the usual 19,400").contains("-87%")
                .contains("outside the band -50% / +100%");
        assertThat(band.judge("f", 9_700, earlier).anomalous()).isFalse();
        assertThat(band.judge("f", 38_800, earlier).anomalous()).isFalse();
        assertThat(band.judge("f", 38_801, earlier).anomalous()).isTrue();
        assertThat(band.judge("f", 1, List.of(19_000L)).expected()).as("one earlier file is too few").isNull();
        assertThat(new VolumeBand(new BigDecimal("-0.5"), BigDecimal.ONE, 2, 2).judge("f", 100, List.of(1L, 100L, 100L))
                .anomalous()).as("only the trailing files count").isFalse();
    }

    /** The October bill's payments, made in November; the August and September files are complete. */
    private static final List<Long> EARLIER_PAYMENTS = List.of(97_408L, 97_916L);
    private static final LocalDate NOVEMBER_FIRST = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOVEMBER_LAST = LocalDate.of(2026, 11, 30);
    private static final VolumeBand BAND = new VolumeBand(new BigDecimal("-0.5"), new BigDecimal("1.0"), 6, 2);

    @Test
    void aFileWhosePeriodIsOverIsHeldToTheWholeUsual() {
        VolumeBand.Period over = new VolumeBand.Period(NOVEMBER_FIRST, NOVEMBER_LAST, LocalDate.of(2026, 12, 2));

        VolumeBand.Verdict normal = BAND.judge("payments payments_2026-10.csv", 96_120, EARLIER_PAYMENTS, over);
        assertThat(normal.anomalous()).isFalse();
        assertThat(normal.expected()).isEqualTo(97_408L);
        assertThat(normal.text()).isEqualTo("payments payments_2026-10.csv: 96,120 rows against the usual 97,408"
                + " (median of the 2 earlier file(s)), -1%");

        VolumeBand.Verdict shortFile = BAND.judge("payments payments_2026-10.csv", 48_000, EARLIER_PAYMENTS, over);
        assertThat(shortFile.anomalous()).as("less than half the usual rows for a whole month").isTrue();
        assertThat(shortFile.text()).isEqualTo("payments payments_2026-10.csv: 48,000 rows against the usual 97,408"
                + " (median of the 2 earlier file(s)), -51%, outside the band -50% / +100%");
        assertThat(BAND.judge("f", 48_000, EARLIER_PAYMENTS).text()).as("no period: the same as one that is over")
                .isEqualTo(shortFile.text().replace("payments payments_2026-10.csv", "f"));
    }

    @Test
    void aFileOfAPeriodStillInProgressIsHeldToTheUsualProRatedToTheDaysTheInputsReach() {
        VolumeBand.Period twoDays = new VolumeBand.Period(NOVEMBER_FIRST, NOVEMBER_LAST, LocalDate.of(2026, 11, 2));

        VolumeBand.Verdict normal = BAND.judge("payments payments_2026-10.csv", 8_278, EARLIER_PAYMENTS, twoDays);
        assertThat(normal.anomalous()).as("the generated inbox's October payments by 2 November").isFalse();
        assertThat(normal.expected()).as("97,408 x 2 / 30").isEqualTo(6_494L);
        assertThat(normal.text()).isEqualTo("payments payments_2026-10.csv: 8,278 rows against 6,494 expected by"
                + " 2026-11-02, the usual 97,408 (median of the 2 earlier file(s)) pro-rated to 2 of the 30 days of its"
                + " period 2026-11-01..2026-11-30, +27%");
        assertThat(BAND.judge("f", 8_278, EARLIER_PAYMENTS).anomalous()).as("the same file against the whole usual")
                .isTrue();

        VolumeBand.Verdict shortFile = BAND.judge("payments payments_2026-10.csv", 2_000, EARLIER_PAYMENTS, twoDays);
        assertThat(shortFile.anomalous()).isTrue();
        assertThat(shortFile.text()).contains("2,000 rows against 6,494 expected by 2026-11-02").endsWith(
                "-69%, outside the band -50% / +100%");
        assertThat(BAND.judge("f", 3_247, EARLIER_PAYMENTS, twoDays).anomalous()).as("half the expected").isFalse();
        assertThat(BAND.judge("f", 3_246, EARLIER_PAYMENTS, twoDays).anomalous()).isTrue();
    }

    @Test
    void aPeriodTheInputsDoNotReachYetIsNotJudged() {
        VolumeBand.Period notYet = new VolumeBand.Period(NOVEMBER_FIRST, NOVEMBER_LAST, LocalDate.of(2026, 10, 31));

        VolumeBand.Verdict verdict = BAND.judge("payments payments_2026-10.csv", 0, EARLIER_PAYMENTS, notYet);

        assertThat(verdict.anomalous()).isFalse();
        assertThat(verdict.expected()).isNull();
        assertThat(verdict.text()).contains("starts after 2026-10-31").contains("nothing to compare yet");
        assertThatThrownBy(() -> new VolumeBand.Period(NOVEMBER_LAST, NOVEMBER_FIRST, NOVEMBER_LAST))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theInputsAreKnownUpToTheNewestUsageOrPaymentDayWhateverTheAsOf() {
        LocalDate exported = LocalDate.of(2026, 11, 2);

        assertThat(InputChecks.knownUpTo(LocalDate.of(2026, 11, 5), exported, exported.minusDays(1)))
                .as("a month-close dated after the exports were taken").isEqualTo(exported);
        assertThat(InputChecks.knownUpTo(LocalDate.of(2026, 11, 5), null, exported)).isEqualTo(exported);
        assertThat(InputChecks.knownUpTo(LocalDate.of(2026, 9, 5), exported, exported))
                .as("the August close over the same inbox").isEqualTo(exported);
        assertThat(InputChecks.knownUpTo(NOVEMBER_FIRST, null, null)).as("no data: the as-of").isEqualTo(NOVEMBER_FIRST);
    }

    @Test
    void aPaymentsFileHoldsThePaymentsOfTheMonthAfterItsBillMonthUnlessConfiguredOtherwise() {
        YearMonth october = YearMonth.of(2026, 10);

        assertThat(InputsProperties.Volume.PaymentsPeriod.FOLLOWING_MONTH.paidIn(october)).isEqualTo(october.plusMonths(1));
        assertThat(InputsProperties.Volume.PaymentsPeriod.FILE_MONTH.paidIn(october)).isEqualTo(october);
    }

    @Test
    void arrearsNeedTheJudgedBillsPaymentsUpToItsDueDate() {
        YearMonth september = YearMonth.of(2026, 9);
        LocalDate due = LocalDate.of(2026, 10, 20);

        assertThat(PaymentCoverage.gap(september, due, false, LocalDate.of(2026, 11, 5))).isNull();
        assertThat(PaymentCoverage.gap(september, due, false, due)).isNull();
        assertThat(PaymentCoverage.gap(september, due, true, LocalDate.of(2026, 11, 5)))
                .contains("no payments file for 2026-09").contains("no ARREARS_NOTICE");
        assertThat(PaymentCoverage.gap(september, due, false, LocalDate.of(2026, 10, 12)))
                .contains("known up to 2026-10-12").contains("before 2026-10-20");
    }

    @Test
    void aUsageFileNamesItsDay() {
        assertThat(InboxDays.dayIn("usage_2026-11-05.csv")).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(InboxDays.dayIn("usage_20261105_v2.csv")).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(InboxDays.dayIn("usage_2026-13-45_2026-11-04.csv")).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(InboxDays.dayIn("usage.csv")).isNull();
    }

    @Test
    void settingsRefuseAWarnAgePastTheErrorAgeAndUnknownVolumeSources() {
        assertThatThrownBy(() -> InputsProperties.Age.days(9, 3)).hasMessageContaining("warn-after (9 days)");
        assertThatThrownBy(() -> new InputsProperties.Volume(new BigDecimal("-0.5"), BigDecimal.ONE, 6, 2,
                List.of("customers"), InputsProperties.Volume.PaymentsPeriod.FOLLOWING_MONTH))
                .hasMessageContaining("error-for lists 'customers'");
        InputsProperties defaults = InputsProperties.defaults();
        assertThat(defaults.freshness().usage().errorAfter()).hasDays(5);
        assertThat(defaults.freshness().complaints().errorAfter()).isNull();
    }

    @Test
    void theShippedSourcesFileBindsTheDefaults() throws Exception {
        var sources = new YamlPropertySourceLoader().load("sources", new FileSystemResource("config/sources.yml"));
        InputsProperties shipped = new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("jinpai.inputs", Bindable.of(InputsProperties.class));

        assertThat(shipped).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(InputsProperties.defaults());
    }
}
