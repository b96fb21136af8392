package com.jinpai.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jinpai.generate.LoadedExports.BillLine;
import com.jinpai.generate.LoadedExports.Customer;
import com.jinpai.generate.LoadedExports.Manager;
import com.jinpai.generate.LoadedExports.Payment;
import com.jinpai.generate.LoadedExports.Usage;
import com.jinpai.system.CsvFiles;
import com.jinpai.value.spend.ChargeType;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the committed {@code sample-data/} honest: it is exactly what the generator writes for the
 * parameters below, and it holds at least one case for every rule the demo should show.
 */
class SampleDataTests {

    /** The exact parameters of sample-data/, also printed in sample-data/README.md. */
    static final int CUSTOMERS = 400;
    static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10));
    static final int USAGE_DAYS = 5;
    static final long SEED = 20_261_119;

    static final Path SAMPLE_DATA = Path.of("sample-data");
    static final Path BAD_ROWS = SAMPLE_DATA.resolve("bad-rows/bill_lines_2026-10_bad_rows.csv");

    private static final YearMonth AUGUST = MONTHS.get(0);
    private static final YearMonth SEPTEMBER = MONTHS.get(1);
    private static final YearMonth OCTOBER = MONTHS.get(2);

    static GenerateRequest request(Path out) {
        return new GenerateRequest(CUSTOMERS, MONTHS, USAGE_DAYS, SEED, out);
    }

    @Test
    void theCommittedSampleDataIsExactlyWhatTheGeneratorWrites(@TempDir Path regenerated) throws IOException {
        new SyntheticExportGenerator().generate(request(regenerated));

        List<Path> committed = SyntheticExportGeneratorTests.relativeFiles(SAMPLE_DATA).stream()
                .filter(file -> !file.startsWith("bad-rows") && !file.toString().equals("README.md")).toList();
        List<Path> generated = SyntheticExportGeneratorTests.relativeFiles(regenerated);
        assertThat(committed).as("files in sample-data/ besides README.md and bad-rows/").isEqualTo(generated);
        for (Path file : generated) {
            assertThat(Files.mismatch(SAMPLE_DATA.resolve(file), regenerated.resolve(file)))
                    .as("sample-data/%s differs from a regeneration at this byte; regenerate it with "
                            + "./jinpai generate --customers %d --months 2026-08,2026-09,2026-10 --usage-days %d "
                            + "--seed %d --out sample-data", file, CUSTOMERS, USAGE_DAYS, SEED)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void theSampleHoldsACaseForEveryRuleTheDemoShows() throws IOException {
        assertThat(whatIsMissing(LoadedExports.load(SAMPLE_DATA, request(SAMPLE_DATA)))).isEmpty();
    }

    @Test
    void theReadmeGivesTheExactCommandAndTheRowCounts(@TempDir Path regenerated) throws IOException {
        GenerateResult result = new SyntheticExportGenerator().generate(request(regenerated));
        String readme = Files.readString(SAMPLE_DATA.resolve("README.md"));

        assertThat(readme).contains(String.format(Locale.ROOT,
                "./jinpai generate --customers %d --months %s --usage-days %d --seed %d --out sample-data",
                CUSTOMERS, MONTHS.stream().map(YearMonth::toString).collect(Collectors.joining(",")), USAGE_DAYS, SEED));
        Map<String, Long> rows = result.rowsBySource();
        assertThat(readme).contains(
                String.format(Locale.ROOT, "| customers.csv | %d |", rows.get("customers")),
                String.format(Locale.ROOT, "| account_managers.csv | %d |", rows.get("account-managers")),
                String.format(Locale.ROOT, "| complaints.csv | %d |", rows.get("complaints")),
                String.format(Locale.ROOT, "| %,d in all |", rows.get("bill-lines")),
                String.format(Locale.ROOT, "| %,d in all |", rows.get("payments")),
                String.format(Locale.ROOT, "| %,d in all |", rows.get("usage")));
    }

    @Test
    void theSampleStaysSmallEnoughToCommit() throws IOException {
        long bytes = 0;
        for (Path file : SyntheticExportGeneratorTests.relativeFiles(SAMPLE_DATA)) {
            bytes += Files.size(SAMPLE_DATA.resolve(file));
        }
        assertThat(bytes).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void theBadRowsFileSitsOutsideTheInboxPatternsAndParsesRowByRow() throws IOException {
        // billing/bill_lines_YYYY-MM*.csv is the ingest pattern: a file under bad-rows/ never matches it
        assertThat(BAD_ROWS.getParent().getFileName().toString()).isNotEqualTo("billing");
        Set<String> known = LoadedExports.load(SAMPLE_DATA, request(SAMPLE_DATA)).customers.keySet();

        List<CSVRecord> rows = new ArrayList<>();
        try (CSVParser parser = CsvFiles.read(BAD_ROWS, StandardCharsets.UTF_8, ',')) {
            assertThat(parser.getHeaderNames()).startsWith(CanonicalLayout.BILL_LINE_HEADER);
            parser.forEach(rows::add);
        }
        assertThat(rows).hasSize(12);
        assertThat(rows.get(1).get("customer_id")).isEmpty();
        assertThat(rows.get(2).get("amount")).isEqualTo("12.3O");
        assertThat(rows.get(3).get("bill_month")).isEqualTo("2026-13");
        assertThat(rows.get(4).get("charge_type")).isEqualTo("LOTTERY");
        assertThat(known).doesNotContain(rows.get(5).get("customer_id"));
        assertThat(rows.get(7).get("line_id")).isEqualTo(rows.get(6).get("line_id"));
        assertThat(rows.get(8).get("description")).contains(",").matches(".*\\p{IsHan}.*");
        for (int good : new int[] {0, 6, 8, 9, 10, 11}) {
            assertThat(known).contains(rows.get(good).get("customer_id"));
        }
    }

    /** What the demo needs that a sample lacks; empty when every rule has a case. */
    static List<String> whatIsMissing(LoadedExports sample) {
        List<String> missing = new ArrayList<>();
        Map<String, Customer> customers = sample.customers;
        Map<String, String> octoberTier = new HashMap<>();
        customers.keySet().forEach(id -> octoberTier.put(id, LoadedExports.tier(sample.averageFen(id, OCTOBER))));
        for (String tier : List.of("DIAMOND", "PLATINUM", "GOLD", "SILVER", "STANDARD")) {
            require(missing, octoberTier.containsValue(tier), "a " + tier + " customer");
        }
        require(missing, customers.values().stream().anyMatch(c -> !c.joinDate().isBefore(OCTOBER.atDay(1))),
                "a customer joining in October or later (trend NEW, tier NEW)");
        require(missing, customers.values().stream().anyMatch(c -> c.status().equals("CLOSED")), "a CLOSED customer");
        require(missing, customers.values().stream().anyMatch(c -> c.status().equals("SUSPENDED")), "a SUSPENDED customer");
        Set<String> vips = new HashSet<>();
        octoberTier.forEach((id, tier) -> {
            if (Set.of("GOLD", "PLATINUM", "DIAMOND").contains(tier) && !customers.get(id).status().equals("CLOSED")) {
                vips.add(id);
            }
        });

        int newVips = 0;
        int graced = 0;
        int drops = 0;
        int spikes = 0;
        int nudges = 0;
        for (String id : customers.keySet()) {
            Long august = sample.averageFen(id, AUGUST);
            Long september = sample.averageFen(id, SEPTEMBER);
            Long october = sample.averageFen(id, OCTOBER);
            if (october != null && october < LoadedExports.GOLD_FEN && october * 10 >= LoadedExports.GOLD_FEN * 9) {
                nudges++;
            }
            if (august == null) {
                continue;
            }
            newVips += august < LoadedExports.GOLD_FEN && vips.contains(id) ? 1 : 0;
            graced += september >= LoadedExports.GOLD_FEN && !LoadedExports.tier(october).equals(LoadedExports.tier(september))
                    && october < september ? 1 : 0;
            long spend = sample.spendFen(id, OCTOBER);
            drops += september >= LoadedExports.GOLD_FEN && spend * 10 <= september * 7 ? 1 : 0;
            spikes += september > 0 && spend * 10 >= september * 15 ? 1 : 0;
        }
        require(missing, newVips > 0, "a customer who became VIP inside the window (NEW_VIP_WELCOME)");
        require(missing, graced > 0, "a VIP whose average fell below its tier (DOWNGRADE_RISK)");
        require(missing, drops > 0, "a VIP whose October spend is at most 70% of the prior average (SPEND_DROP)");
        require(missing, spikes > 0, "an October spend of at least 150% of the prior average");
        require(missing, nudges > 0, "a non-VIP within 10% below the GOLD line (UPGRADE_NUDGE)");

        Map<String, Long> due = new HashMap<>();
        for (BillLine line : sample.billLines) {
            due.merge(line.customerId() + line.billMonth(), line.fen(), Long::sum);
        }
        Set<String> paid = new HashSet<>();
        for (Payment payment : sample.payments) {
            paid.add(payment.customerId() + payment.billMonth());
        }
        require(missing, vips.stream().anyMatch(id -> due.getOrDefault(id + SEPTEMBER, 0L) > 0 && !paid.contains(id + SEPTEMBER)),
                "a VIP with an unpaid, past-due September bill (ARREARS_NOTICE)");

        LocalDateTime asOf = sample.request.asOf();
        require(missing, sample.complaints.stream().anyMatch(c -> vips.contains(c.customerId()) && c.firstResponseAt() == null
                        && Duration.between(c.openedAt(), asOf).toHours() >= 48),
                "a VIP complaint without a first response for 48 hours (COMPLAINT_ESCALATION)");
        require(missing, sample.complaints.stream().anyMatch(c -> c.firstResponseAt() != null), "an answered complaint");

        Set<String> users = new HashSet<>();
        Map<String, Long> openMonthRated = new HashMap<>();
        for (Usage usage : sample.usage) {
            users.add(usage.customerId());
            if (YearMonth.from(usage.usageDate()).equals(sample.request.openMonth())) {
                openMonthRated.merge(usage.customerId(), usage.ratedFen(), Long::sum);
            }
        }
        require(missing, customers.values().stream().anyMatch(c -> c.status().equals("ACTIVE") && !users.contains(c.id())
                && due.getOrDefault(c.id() + OCTOBER, 0L) > 0), "an ACTIVE, billed customer without usage (DORMANT)");
        require(missing, openMonthRated.entrySet().stream().anyMatch(e -> {
            Long average = sample.averageFen(e.getKey(), OCTOBER);
            return average != null && average > 0 && e.getValue() * 10 >= average * 15;
        }), "usage in the open month above 150% of the average (BILL_SHOCK_ALERT)");

        Set<String> chargeTypes = new HashSet<>();
        sample.billLines.forEach(line -> chargeTypes.add(line.chargeType()));
        require(missing, chargeTypes.size() == ChargeType.values().length, "every charge type, found " + chargeTypes);

        Map<String, Integer> vipsPerRegion = new HashMap<>();
        vips.forEach(id -> vipsPerRegion.merge(customers.get(id).region(), 1, Integer::sum));
        Map<String, Integer> capacityPerRegion = new HashMap<>();
        for (Manager manager : sample.managers) {
            int capacity = manager.capacity().isEmpty() ? AccountManagers.FULL_CAPACITY : Integer.parseInt(manager.capacity());
            capacityPerRegion.merge(manager.region(), capacity, Integer::sum);
        }
        require(missing, vipsPerRegion.entrySet().stream().anyMatch(e -> e.getValue() > capacityPerRegion.get(e.getKey())),
                "a region with more VIPs than its managers can take (unassigned VIPs)");
        return missing;
    }

    private static void require(List<String> missing, boolean present, String what) {
        if (!present) {
            missing.add(what);
        }
    }
}
