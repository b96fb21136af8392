package com.jinpai.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.jinpai.generate.LoadedExports.BillLine;
import com.jinpai.generate.LoadedExports.Complaint;
import com.jinpai.generate.LoadedExports.Customer;
import com.jinpai.generate.LoadedExports.Payment;
import com.jinpai.generate.LoadedExports.Usage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape of a 20,000-customer population: enough of everything for every rule to fire. */
class DistributionTests {

    private static final YearMonth AUGUST = YearMonth.of(2026, 8);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final int CUSTOMERS = 20_000;

    @TempDir
    static Path folder;

    static LoadedExports exports;
    static GenerateRequest request;

    @BeforeAll
    static void generate() throws IOException {
        request = new GenerateRequest(CUSTOMERS, List.of(AUGUST, SEPTEMBER, OCTOBER), 2, 20_261_101, folder);
        new SyntheticExportGenerator().generate(request);
        exports = LoadedExports.load(folder, request);
    }

    @Test
    void spendIsHeavyTailedAroundTheGoldLine() {
        List<Long> averages = exports.customers.keySet().stream()
                .map(id -> exports.averageFen(id, OCTOBER)).filter(average -> average != null).toList();

        assertThat(share(averages, average -> average >= LoadedExports.GOLD_FEN)).isBetween(0.06, 0.15);
        assertThat(share(averages, average -> average >= LoadedExports.PLATINUM_FEN)).isBetween(0.004, 0.02);
        assertThat(averages.stream().filter(average -> average >= LoadedExports.DIAMOND_FEN).count())
                .isBetween(5L, 100L);
        assertThat(share(averages, average -> average < 5_000)).isBetween(0.4, 0.8);
    }

    @Test
    void everyChargeTypeAppearsAndOnlyDiscountsRefundsAndAdjustmentsAreNegative() {
        Set<String> types = new HashSet<>();
        Set<String> negative = new HashSet<>();
        Set<String> adjustmentSigns = new HashSet<>();
        for (BillLine line : exports.billLines) {
            types.add(line.chargeType());
            assertThat(line.fen()).as(line.lineId()).isNotZero();
            if (line.fen() < 0) {
                negative.add(line.chargeType());
            }
            if (line.chargeType().equals("ADJUSTMENT")) {
                adjustmentSigns.add(line.fen() < 0 ? "-" : "+");
            }
            if (line.chargeType().equals("DISCOUNT") || line.chargeType().equals("REFUND")) {
                assertThat(line.fen()).as(line.lineId()).isNegative();
            }
        }
        assertThat(types).containsExactlyInAnyOrder("PLAN", "VOICE", "SMS", "DATA", "ROAMING", "VAS", "EQUIPMENT",
                "DISCOUNT", "REFUND", "ADJUSTMENT");
        assertThat(negative).containsExactlyInAnyOrder("DISCOUNT", "REFUND", "ADJUSTMENT");
        assertThat(adjustmentSigns).containsExactlyInAnyOrder("-", "+");
    }

    @Test
    void idsAreUniqueAndEveryRowBelongsToAKnownCustomer() {
        assertThat(unique(exports.billLines.stream().map(BillLine::lineId).toList())).isTrue();
        assertThat(unique(exports.payments.stream().map(Payment::paymentId).toList())).isTrue();
        assertThat(unique(exports.complaints.stream().map(Complaint::ticketId).toList())).isTrue();
        Set<String> known = exports.customers.keySet();
        assertThat(exports.billLines).allMatch(line -> known.contains(line.customerId()));
        assertThat(exports.payments).allMatch(payment -> known.contains(payment.customerId()));
        assertThat(exports.usage).allMatch(usage -> known.contains(usage.customerId()));
        assertThat(exports.complaints).allMatch(complaint -> known.contains(complaint.customerId()));
        assertThat(exports.billLines).allMatch(line -> line.lineId().startsWith(
                "L" + Formats.compactMonth(line.billMonth()) + "-" + line.customerId() + "-"));
    }

    @Test
    void customersLookLikeAChineseOperatorsBase() {
        Set<String> msisdns = new HashSet<>();
        for (Customer customer : exports.customers.values()) {
            assertThat(customer.msisdn()).matches("1[358]\\d{9}");
            msisdns.add(customer.msisdn());
            assertThat(customer.name()).matches("\\p{IsHan}{2,4}");
            assertThat(customer.groupId().isEmpty()).as(customer.id()).isEqualTo(!customer.type().equals("GROUP"));
        }
        assertThat(msisdns).hasSize(CUSTOMERS);
        assertThat(values(Customer::brand)).containsOnlyKeys("全球通", "动感地带", "神州行");
        assertThat(values(Customer::type)).containsOnlyKeys("INDIVIDUAL", "GROUP", "STUDENT");
        assertThat(values(Customer::region)).containsOnlyKeys(Catalog.REGIONS);
        Map<String, Integer> statuses = values(Customer::status);
        assertThat(statuses).containsOnlyKeys("ACTIVE", "SUSPENDED", "CLOSED");
        assertThat(statuses.get("CLOSED") / (double) CUSTOMERS).isBetween(0.01, 0.06);
        assertThat(statuses.get("SUSPENDED") / (double) CUSTOMERS).isBetween(0.01, 0.05);
    }

    @Test
    void someCustomersJoinInsideTheWindowAndNothingHappensBeforeTheyJoin() {
        LocalDate windowStart = AUGUST.atDay(1);
        long joinedInWindow = exports.customers.values().stream()
                .filter(customer -> !customer.joinDate().isBefore(windowStart)).count();
        assertThat(joinedInWindow / (double) CUSTOMERS).isBetween(0.01, 0.08);
        assertThat(exports.customers.values()).anyMatch(customer -> customer.joinDate().isBefore(LocalDate.of(2015, 1, 1)));
        assertThat(exports.billLines).allMatch(line ->
                !line.billMonth().isBefore(YearMonth.from(exports.customers.get(line.customerId()).joinDate())));
        assertThat(exports.usage).allMatch(usage ->
                !usage.usageDate().isBefore(exports.customers.get(usage.customerId()).joinDate()));
    }

    @Test
    void tiersMoveSpendDropsAndSpikesAndGracePeriodsHappen() {
        int upgrades = 0;
        int downgrades = 0;
        int drops = 0;
        int spikes = 0;
        int belowTwice = 0;
        for (String id : exports.customers.keySet()) {
            Long august = exports.averageFen(id, AUGUST);
            Long september = exports.averageFen(id, SEPTEMBER);
            Long october = exports.averageFen(id, OCTOBER);
            if (august == null) {
                continue;
            }
            int from = rank(august);
            upgrades += rank(october) > from ? 1 : 0;
            downgrades += rank(october) < from ? 1 : 0;
            // below the August tier in two consecutive evaluations: a downgrade after the grace period
            belowTwice += from >= 2 && rank(september) < from && rank(october) < from ? 1 : 0;
            if (september >= LoadedExports.GOLD_FEN) {
                long spend = exports.spendFen(id, OCTOBER);
                drops += spend * 10 <= september * 7 ? 1 : 0;
                spikes += spend * 10 >= september * 15 ? 1 : 0;
            }
        }
        assertThat(upgrades).isGreaterThan(100);
        assertThat(downgrades).isGreaterThan(100);
        assertThat(belowTwice).isGreaterThan(10);
        assertThat(drops).isGreaterThan(20);
        assertThat(spikes).isGreaterThan(10);
    }

    @Test
    void billsArePaidInTheFollowingMonthOnTimeLatePartlyOrNotAtAll() {
        Map<String, Long> due = new HashMap<>();
        exports.billLines.forEach(line -> due.merge(line.customerId() + line.billMonth(), line.fen(), Long::sum));
        Map<String, Long> paid = new HashMap<>();
        LocalDateTime asOf = request.asOf();
        for (Payment payment : exports.payments) {
            assertThat(YearMonth.from(payment.paidAt())).isEqualTo(payment.billMonth().plusMonths(1));
            assertThat(payment.paidAt()).isBeforeOrEqualTo(asOf);
            assertThat(payment.fen()).isPositive();
            paid.merge(payment.customerId() + payment.billMonth(), payment.fen(), Long::sum);
        }
        int bills = 0;
        int unpaid = 0;
        int partial = 0;
        for (YearMonth month : List.of(AUGUST, SEPTEMBER)) {
            for (String id : exports.customers.keySet()) {
                long owed = due.getOrDefault(id + month, 0L);
                long settled = paid.getOrDefault(id + month, 0L);
                assertThat(settled).as("%s %s", id, month).isLessThanOrEqualTo(Math.max(0, owed));
                if (owed > 0) {
                    bills++;
                    unpaid += settled == 0 ? 1 : 0;
                    partial += settled > 0 && settled < owed ? 1 : 0;
                }
            }
        }
        assertThat(unpaid / (double) bills).isBetween(0.02, 0.15);
        assertThat(partial / (double) bills).isBetween(0.005, 0.08);
        assertThat(exports.payments).anyMatch(payment -> payment.paidAt().getDayOfMonth() > PaymentComposer.DUE_DAY);
        assertThat(exports.payments).anyMatch(payment -> payment.billMonth().equals(OCTOBER));
    }

    @Test
    void usageCoversTheRequestedDaysAndLeavesDormantCustomersOut() {
        Set<LocalDate> expected = new HashSet<>();
        for (YearMonth month : List.of(AUGUST, SEPTEMBER, OCTOBER, YearMonth.of(2026, 11))) {
            expected.addAll(request.usageDates(month));
        }
        Set<LocalDate> dates = new HashSet<>();
        Set<String> users = new HashSet<>();
        Map<String, String> units = Map.of("VOICE", "MIN", "SMS", "MSG", "DATA", "MB", "ROAMING", "MIN");
        for (Usage usage : exports.usage) {
            dates.add(usage.usageDate());
            users.add(usage.customerId());
            assertThat(usage.unit()).isEqualTo(units.get(usage.service()));
            assertThat(usage.quantity()).isPositive();
            assertThat(usage.ratedFen()).isNotNegative();
        }
        assertThat(dates).isEqualTo(expected);
        long activeLongStanding = exports.customers.values().stream()
                .filter(c -> c.status().equals("ACTIVE") && c.joinDate().isBefore(AUGUST.atDay(1))).count();
        long silent = exports.customers.values().stream()
                .filter(c -> c.status().equals("ACTIVE") && c.joinDate().isBefore(AUGUST.atDay(1)))
                .filter(c -> !users.contains(c.id())).count();
        assertThat(silent / (double) activeLongStanding).isBetween(0.02, 0.12);
        assertThat(values(exports.usage, Usage::service)).containsOnlyKeys("VOICE", "SMS", "DATA", "ROAMING");
    }

    @Test
    void someCustomersRunUpABillShockEarlyInTheOpenMonth() {
        Map<String, Long> openMonthRated = new HashMap<>();
        exports.usage.stream().filter(usage -> usage.usageDate().getMonthValue() == 11)
                .forEach(usage -> openMonthRated.merge(usage.customerId(), usage.ratedFen(), Long::sum));
        Map<String, Long> octoberPlan = new HashMap<>();
        exports.billLines.stream().filter(line -> line.billMonth().equals(OCTOBER) && line.chargeType().equals("PLAN"))
                .forEach(line -> octoberPlan.put(line.customerId(), line.fen()));
        int usageDays = request.usageDates(YearMonth.of(2026, 11)).size();
        long shocks = openMonthRated.entrySet().stream().filter(entry -> {
            Long average = exports.averageFen(entry.getKey(), OCTOBER);
            long estimate = entry.getValue() + octoberPlan.getOrDefault(entry.getKey(), 0L) * usageDays / 30;
            return average != null && average > 0 && estimate * 10 >= average * 15;
        }).count();
        assertThat(shocks).isGreaterThan(20);
    }

    @Test
    void complaintsAreAnsweredInTimeLateOrNotAtAll() {
        LocalDateTime asOf = request.asOf();
        int unanswered = 0;
        int waitingOver48Hours = 0;
        int answeredLate = 0;
        for (Complaint complaint : exports.complaints) {
            assertThat(complaint.openedAt()).isBeforeOrEqualTo(asOf)
                    .isAfterOrEqualTo(exports.customers.get(complaint.customerId()).joinDate().atStartOfDay());
            if (complaint.firstResponseAt() == null) {
                unanswered++;
                assertThat(complaint.closedAt()).isNull();
                waitingOver48Hours += Duration.between(complaint.openedAt(), asOf).toHours() >= 48 ? 1 : 0;
            } else {
                assertThat(complaint.firstResponseAt()).isAfterOrEqualTo(complaint.openedAt()).isBeforeOrEqualTo(asOf);
                answeredLate += Duration.between(complaint.openedAt(), complaint.firstResponseAt()).toHours() >= 48 ? 1 : 0;
                if (complaint.closedAt() != null) {
                    assertThat(complaint.closedAt()).isAfterOrEqualTo(complaint.firstResponseAt()).isBeforeOrEqualTo(asOf);
                }
            }
        }
        assertThat(exports.complaints.size() / (double) CUSTOMERS).isBetween(0.02, 0.08);
        assertThat(unanswered).isGreaterThan(10);
        assertThat(waitingOver48Hours).isGreaterThan(5);
        assertThat(answeredLate).isGreaterThan(10);
    }

    @Test
    void everyRegionHasAManagerAndSomeHaveLessRoomThanTheDefault() {
        assertThat(exports.managers.stream().map(LoadedExports.Manager::region).distinct())
                .containsExactlyInAnyOrder(Catalog.REGIONS);
        assertThat(exports.managers).anyMatch(manager -> manager.capacity().equals("200"));
        assertThat(exports.managers).anyMatch(manager -> manager.capacity().isEmpty());
        assertThat(exports.managers).anyMatch(manager -> !manager.capacity().isEmpty()
                && Integer.parseInt(manager.capacity()) < AccountManagers.FULL_CAPACITY);
    }

    private static int rank(long averageFen) {
        return List.of("STANDARD", "SILVER", "GOLD", "PLATINUM", "DIAMOND").indexOf(LoadedExports.tier(averageFen));
    }

    private static double share(List<Long> values, Predicate<Long> test) {
        return values.stream().filter(test).count() / (double) values.size();
    }

    private static boolean unique(List<String> ids) {
        return new HashSet<>(ids).size() == ids.size();
    }

    private static Map<String, Integer> values(java.util.function.Function<Customer, String> field) {
        return values(new ArrayList<>(exports.customers.values()), field);
    }

    private static <T> Map<String, Integer> values(List<T> rows, java.util.function.Function<T, String> field) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.merge(field.apply(row), 1, Integer::sum));
        return counts;
    }
}
