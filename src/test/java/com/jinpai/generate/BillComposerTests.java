package com.jinpai.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import com.jinpai.generate.MonthlyBill.Line;
import com.jinpai.value.CustomerStatus;
import com.jinpai.value.spend.ChargeType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BillComposerTests {

    private static final YearMonth AUGUST = YearMonth.of(2026, 8);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final long PLAN_FEN = 3_800;

    private final BillComposer bills = new BillComposer(1, Profiles.population());

    @Test
    void noBillBeforeTheJoinMonthAndAProratedPlanInIt() {
        CustomerProfile customer = Profiles.steady(LocalDate.of(2026, 9, 16));

        assertThat(bills.compose(customer, AUGUST).isEmpty()).isTrue();
        // 16..30 September: 15 of 30 days
        assertThat(line(bills.compose(customer, SEPTEMBER), ChargeType.PLAN)).isEqualTo(1_900);
        assertThat(line(bills.compose(customer, OCTOBER), ChargeType.PLAN)).isEqualTo(PLAN_FEN);
    }

    @Test
    void aClosedCustomerIsBilledUpToTheDayBeforeClosingAndNeverAfter() {
        CustomerProfile customer = Profiles.with(LocalDate.of(2015, 1, 1), CustomerStatus.CLOSED, LocalDate.of(2026, 9, 11),
                0, null, 0);

        // 1..10 September: 10 of 30 days of 38.00 = 12.666.. -> 12.67
        assertThat(line(bills.compose(customer, SEPTEMBER), ChargeType.PLAN)).isEqualTo(1_267);
        assertThat(bills.compose(customer, OCTOBER).isEmpty()).isTrue();
    }

    @Test
    void aSuspendedLinePaysItsPlanButUsesNothing() {
        CustomerProfile customer = Profiles.with(LocalDate.of(2015, 1, 1), CustomerStatus.SUSPENDED, LocalDate.of(2026, 8, 20),
                0, null, 0);

        MonthlyBill october = bills.compose(customer, OCTOBER);

        assertThat(line(october, ChargeType.PLAN)).isEqualTo(PLAN_FEN);
        assertThat(october.lines()).extracting(Line::type)
                .doesNotContain(ChargeType.VOICE, ChargeType.SMS, ChargeType.DATA, ChargeType.ROAMING, ChargeType.VAS);
        assertThat(october.spikeFen()).isZero();
    }

    @Test
    void handsetInstalmentsAreBilledOnlyWithinTheirTerm() {
        CustomerProfile running = Profiles.with(LocalDate.of(2015, 1, 1), CustomerStatus.ACTIVE, null, 20_829,
                YearMonth.of(2025, 11), 12);
        CustomerProfile ended = Profiles.with(LocalDate.of(2015, 1, 1), CustomerStatus.ACTIVE, null, 20_829,
                YearMonth.of(2025, 8), 12);

        assertThat(line(bills.compose(running, OCTOBER), ChargeType.EQUIPMENT)).isEqualTo(20_829);
        assertThat(bills.compose(ended, AUGUST).lines()).extracting(Line::type).doesNotContain(ChargeType.EQUIPMENT);
    }

    @Test
    void discountsAndRefundsAreNegativeAdjustmentsEitherWayEverythingElsePositive() {
        Population population = new Population(3, 5_000, AUGUST, LocalDate.of(2026, 11, 5));
        BillComposer composer = new BillComposer(3, population);
        Set<ChargeType> seen = EnumSet.noneOf(ChargeType.class);
        Set<ChargeType> negative = EnumSet.noneOf(ChargeType.class);
        for (int index = 1; index <= population.size(); index++) {
            CustomerProfile customer = population.profile(index);
            for (YearMonth month : new YearMonth[] {AUGUST, SEPTEMBER, OCTOBER}) {
                for (Line line : composer.compose(customer, month).lines()) {
                    assertThat(line.fen()).as("%s %s %s", customer.id(), month, line).isNotZero();
                    seen.add(line.type());
                    if (line.fen() < 0) {
                        negative.add(line.type());
                    } else {
                        assertThat(line.type()).as("%s %s", customer.id(), line)
                                .isNotIn(ChargeType.DISCOUNT, ChargeType.REFUND);
                    }
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(ChargeType.values());
        assertThat(negative).containsExactlyInAnyOrder(ChargeType.DISCOUNT, ChargeType.REFUND, ChargeType.ADJUSTMENT);
    }

    @Test
    void proratingRoundsHalfUpToTheFen() {
        assertThat(BillComposer.prorate(100, 1, 8)).isEqualTo(13); // 12.5
        assertThat(BillComposer.prorate(100, 1, 3)).isEqualTo(33); // 33.33
        assertThat(BillComposer.prorate(5_800, 31, 31)).isEqualTo(5_800);
    }

    @Test
    void splittingKeepsEveryFenAndGivesTheRoundingRestToTheHeaviestShare() {
        long[] shares = BillComposer.split(1_001, 1, 1, 2, 0);

        assertThat(shares).containsExactly(250, 250, 501, 0);
        assertThat(BillComposer.split(500, 0, 0, 0, 0)).containsOnly(0);
    }

    @Test
    void trendsMoveTheLevelFromTheirStartMonth() {
        CustomerProfile declining = new CustomerProfile(1, "C0000001", 10_000, LocalDate.of(2015, 1, 1),
                CustomerStatus.ACTIVE, null, CustomerProfile.Trend.DECLINING, 1, 0.5, false, null, 1, 0.4, 0, 0.6, false, 0,
                0, null, 0, false, CustomerProfile.Payer.RELIABLE);

        assertThat(declining.levelFactor(0)).isEqualTo(1.0);
        assertThat(declining.levelFactor(1)).isEqualTo(1.0);
        assertThat(declining.levelFactor(2)).isEqualTo(0.72);
    }

    private static long line(MonthlyBill bill, ChargeType type) {
        return bill.lines().stream().filter(line -> line.type() == type).mapToLong(Line::fen).sum();
    }
}
