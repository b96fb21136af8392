package com.jinpai.value;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

import com.jinpai.value.ranking.RankingProperties;
import com.jinpai.value.ranking.TopNChange;
import com.jinpai.value.segment.RfmProperties;
import com.jinpai.value.segment.RfmSegment;
import com.jinpai.value.segment.Trend;
import com.jinpai.value.segment.TrendProperties;
import com.jinpai.value.spend.ArrearsProperties;
import com.jinpai.value.spend.ChargeType;
import com.jinpai.value.spend.Fen;
import com.jinpai.value.spend.SpendProperties;
import com.jinpai.value.star.ShippedStars;
import com.jinpai.value.tier.Tier;
import com.jinpai.value.tier.TierHistory;
import com.jinpai.value.tier.TierProperties;
import org.junit.jupiter.api.Test;

import static com.jinpai.value.segment.RfmSegment.ABOUT_TO_SLEEP;
import static com.jinpai.value.segment.RfmSegment.AT_RISK;
import static com.jinpai.value.segment.RfmSegment.CANT_LOSE_THEM;
import static com.jinpai.value.segment.RfmSegment.CHAMPIONS;
import static com.jinpai.value.segment.RfmSegment.HIBERNATING;
import static com.jinpai.value.segment.RfmSegment.LOST;
import static com.jinpai.value.segment.RfmSegment.LOYAL;
import static com.jinpai.value.segment.RfmSegment.NEED_ATTENTION;
import static com.jinpai.value.segment.RfmSegment.NEW;
import static com.jinpai.value.segment.RfmSegment.POTENTIAL_LOYALIST;
import static com.jinpai.value.segment.RfmSegment.PROMISING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month engine on a month built by hand in memory ({@link MonthFrames}): five customers in
 * October 2024, closed months August to October, every figure below worked out on paper.
 *
 * <pre>
 * id  status  region brand  Aug  Sep  Oct   average  before          after
 * A   ACTIVE  EAST   GO     200  200  200   200      GOLD, rank 2    GOLD, rank 3, left the top 2
 * B   ACTIVE  EAST   M      600  600    0   400      PLATINUM, rank 1 PLATINUM in grace (GOLD indicated once)
 * C   ACTIVE  WEST   GO      50   50 2000   700      SILVER, rank 3  PLATINUM at once, rank 1, entered
 * D   CLOSED  WEST   M     5000 5000 5000  5000      DIAMOND         DIAMOND, not VIP, not ranked, no RFM
 * E   ACTIVE  EAST   GO       -    -   30    30      (joined Oct 5)  STANDARD, first evaluation
 * </pre>
 */
class MonthCalculatorTests {

    private static final YearMonth OCT = YearMonth.of(2024, 10);
    private static final List<YearMonth> CLOSED = List.of(YearMonth.of(2024, 8), YearMonth.of(2024, 9), OCT);

    static ValueRules rules(int topN) {
        return new ValueRules(new SpendProperties(EnumSet.of(ChargeType.EQUIPMENT), 3),
                new TierProperties(new BigDecimal("1000"), new BigDecimal("500"), new BigDecimal("150"),
                        new BigDecimal("50"), Tier.GOLD, 2),
                new RankingProperties(topN),
                new RfmProperties(new RfmProperties.Grid(
                        List.of(LOST, LOST, AT_RISK, CANT_LOSE_THEM, CANT_LOSE_THEM),
                        List.of(HIBERNATING, HIBERNATING, NEED_ATTENTION, AT_RISK, AT_RISK),
                        List.of(ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL, LOYAL),
                        List.of(PROMISING, POTENTIAL_LOYALIST, LOYAL, CHAMPIONS, CHAMPIONS),
                        List.of(NEW, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, CHAMPIONS, CHAMPIONS))),
                new TrendProperties(new BigDecimal("1.20"), new BigDecimal("0.70"), 3, 30),
                new ArrearsProperties(20), ShippedStars.properties());
    }

    private static MonthFrame october() {
        return MonthFrames.month("2024-10", "2024-10-31")
                .customer("A", "EAST", "GO", CustomerStatus.ACTIVE, "2022-01-01")
                .customer("B", "EAST", "M", CustomerStatus.ACTIVE, "2022-01-01")
                .customer("C", "WEST", "GO", CustomerStatus.ACTIVE, "2022-01-01")
                .customer("D", "WEST", "M", CustomerStatus.CLOSED, "2022-01-01")
                .customer("E", "EAST", "GO", CustomerStatus.ACTIVE, "2024-10-05")
                .bill("A", ChargeType.PLAN, "180.00").bill("A", ChargeType.DATA, "20.00")
                .bill("A", ChargeType.EQUIPMENT, "99.00")
                .bill("C", ChargeType.ROAMING, "2030.00").bill("C", ChargeType.DISCOUNT, "-30.00")
                .bill("D", ChargeType.PLAN, "5000.00")
                .bill("E", ChargeType.PLAN, "30.00")
                .usage("A", 20, "2024-10-30").usage("B", 5, "2024-10-20").usage("C", 31, "2024-10-31")
                .paid("A", "100.00")
                .history(YearMonth.of(2024, 9), "2024-08", "2024-09")
                .row("A", "2024-08", "200.00", "200.00").row("A", "2024-09", "200.00", "400.00")
                .previous("A", Tier.GOLD, 0, "200.00", 2, true, "300.00", "400.00")
                .row("B", "2024-08", "600.00", "600.00").row("B", "2024-09", "600.00", "1200.00")
                .previous("B", Tier.PLATINUM, 0, "600.00", 1, true, "1200.00", "1200.00")
                .row("C", "2024-08", "50.00", "50.00").row("C", "2024-09", "50.00", "100.00")
                .previous("C", Tier.SILVER, 0, "50.00", 3, false, "100.00", "100.00")
                .row("D", "2024-08", "5000.00", "5000.00").row("D", "2024-09", "5000.00", "10000.00")
                .previous("D", Tier.DIAMOND, 0, "5000.00", 0, false, "10000.00", "10000.00")
                .build();
    }

    private final MonthFrame frame = october();
    private final MonthValues values = new MonthCalculator(rules(2)).close(frame, new ValueCalendar(OCT,
            OCT.atEndOfMonth(), CLOSED));

    private int at(String id) {
        return frame.position(id);
    }

    @Test
    void spendAndAveragesLeaveEquipmentOutAndCountOnlyMonthsSinceJoining() {
        assertThat(values.spend[at("A")]).isEqualTo(20000);
        assertThat(values.spend[at("C")]).isEqualTo(200000);
        assertThat(values.average[at("A")]).isEqualTo(20000);
        assertThat(values.average[at("B")]).isEqualTo(40000);
        assertThat(values.average[at("C")]).isEqualTo(70000);
        assertThat(values.average[at("E")]).isEqualTo(3000);
        assertThat(values.averageMonths[at("E")]).isEqualTo(1);
        assertThat(values.priorAverage[at("B")]).isEqualTo(60000);
        assertThat(values.priorAverage[at("E")]).isEqualTo(Fen.NONE);
    }

    @Test
    void tiersUpgradeAtOnceAndDowngradeOnlyAfterTheGracePeriod() {
        assertThat(values.tier).containsExactly(Tier.GOLD, Tier.PLATINUM, Tier.PLATINUM, Tier.DIAMOND,
                Tier.STANDARD);
        assertThat(values.indicated[at("B")]).isEqualTo(Tier.GOLD);
        assertThat(values.lowerCount[at("B")]).isEqualTo(1);
        assertThat(values.inGrace).containsExactly(false, true, false, false, false);
        assertThat(values.previousTier).containsExactly(Tier.GOLD, Tier.PLATINUM, Tier.SILVER, Tier.DIAMOND, null);
        assertThat(values.vip).as("GOLD and up, a CLOSED account never").containsExactly(true, true, true, false,
                false);
    }

    @Test
    void tierHistoryOpensARowForEachChangeAndClosesTheRowBefore() {
        TierHistory changes = TierHistory.of(OCT, values.previousTier, values.tier);
        assertThat(changes.opened()).containsExactly(at("C"), at("E"));
        assertThat(changes.closed()).containsExactly(at("C"));
        assertThat(changes.closedOn()).isEqualTo("2024-10-31");
        assertThat(changes.effectiveFrom()).isEqualTo("2024-11-01");
        assertThat(changes.tierAt(at("C"))).isEqualTo("PLATINUM");
    }

    @Test
    void ranksDecilesPercentilesAndMovementLeaveTheClosedAccountOut() {
        assertThat(values.whole.ranks.ranked()).isEqualTo(4);
        assertThat(values.whole.ranks.overall()).containsExactly(3, 2, 1, 0, 4);
        assertThat(values.whole.ranks.inRegion()).containsExactly(2, 1, 1, 0, 3);
        assertThat(values.whole.ranks.inBrand()).containsExactly(2, 1, 1, 0, 3);
        assertThat(values.whole.decile).containsExactly(8, 5, 3, 0, 10);
        assertThat(values.whole.percentileHundredths).containsExactly(5000, 7500, 10000, -1, 2500);
        assertThat(values.whole.movement[at("A")]).isEqualTo(-1);
        assertThat(values.whole.movement[at("B")]).isEqualTo(-1);
        assertThat(values.whole.movement[at("C")]).isEqualTo(2);
        assertThat(values.whole.movement[at("E")]).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void theTopNRecordsWhoEnteredAndWhoLeft() {
        assertThat(values.whole.topN).containsExactly(false, true, true, false, false);
        assertThat(values.whole.topNChanges).containsExactly(
                new TopNChange("A", TopNChange.Kind.LEFT, 3, 2),
                new TopNChange("C", TopNChange.Kind.ENTERED, 1, 3));
    }

    @Test
    void rfmScoresByQuintileAmongOpenAccountsAndNamesTheSegment() {
        assertThat(values.recencyDays).containsExactly(1, 11, 0, -1, -1);
        assertThat(values.whole.recencyScore).containsExactly(4, 3, 5, 0, 2);
        assertThat(values.whole.frequencyScore).containsExactly(4, 3, 5, 0, 2);
        assertThat(values.whole.monetaryScore).containsExactly(4, 2, 5, 0, 3);
        assertThat(values.whole.segment).containsExactly(RfmSegment.CHAMPIONS, RfmSegment.NEED_ATTENTION,
                RfmSegment.CHAMPIONS, null, RfmSegment.NEED_ATTENTION);
    }

    @Test
    void trendComparesWithThePriorAverage() {
        assertThat(values.trend).containsExactly(Trend.STABLE, Trend.DECLINING, Trend.GROWING, Trend.DORMANT,
                Trend.NEW);
    }

    @Test
    void arrearsAreWhatIsBilledOnPastDueBillsLessWhatIsPaid() {
        // September's bill was due on October 20: A was billed 400.00 by then and has paid 300 + 100.
        assertThat(values.paidToDate[at("A")]).isEqualTo(40000);
        assertThat(values.arrears[at("A")]).isZero();
        assertThat(values.billedToDate[at("A")]).isEqualTo(40000 + 29900);
        assertThat(values.arrears[at("C")]).isZero();
        MonthFrame unpaid = october();
        unpaid.paid[unpaid.position("A")] = 0;
        MonthValues later = new MonthCalculator(rules(2)).close(unpaid, new ValueCalendar(OCT, OCT.atEndOfMonth(),
                CLOSED));
        assertThat(later.arrears[unpaid.position("A")]).isEqualTo(10000);
    }

    @Test
    void segmentsAndMigrationCountEveryCustomer() {
        assertThat(values.whole.migration.cells()).extracting(c -> c.from() + ">" + c.to() + "=" + c.customers())
                .contains("SILVER>PLATINUM=1", "PLATINUM>PLATINUM=1", "GOLD>GOLD=1", "DIAMOND>DIAMOND=1");
        assertThat(values.whole.segments.rows()).filteredOn(r -> r.dimension().name().equals("TIER")
                && r.segment().equals("PLATINUM")).singleElement()
                .satisfies(r -> assertThat(r.customers()).isEqualTo(2));
    }

    @Test
    void theOpenMonthCarriesTierAndGraceAndIsFlaggedEstimated() {
        YearMonth nov = YearMonth.of(2024, 11);
        MonthFrame open = MonthFrames.month("2024-11", "2024-11-10")
                .customer("B", "EAST", "M", CustomerStatus.ACTIVE, "2022-01-01")
                .bill("B", ChargeType.DATA, "10.00")
                .usage("B", 3, "2024-11-09")
                .history(OCT, "2024-08", "2024-09", "2024-10")
                .row("B", "2024-08", "600.00", "600.00").row("B", "2024-09", "600.00", "1200.00")
                .row("B", "2024-10", "0.00", "1200.00")
                .previous("B", Tier.PLATINUM, 1, "400.00", 2, false, "1200.00", "1200.00")
                .build();
        MonthValues estimate = new MonthCalculator(rules(2)).estimate(open, new ValueCalendar(nov,
                java.time.LocalDate.of(2024, 11, 10), CLOSED));
        assertThat(estimate.estimated).isTrue();
        assertThat(estimate.tier[0]).isEqualTo(Tier.PLATINUM);
        assertThat(estimate.inGrace[0]).isTrue();
        assertThat(estimate.average[0]).isEqualTo(40000);
        assertThat(estimate.spend[0]).isEqualTo(1000);
        assertThat(estimate.whole.ranks.overall()[0]).isEqualTo(1);
        assertThat(estimate.whole.topNChanges).isEmpty();
    }
}
