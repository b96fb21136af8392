package com.jinpai.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import com.jinpai.system.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated folder read back through {@link CsvFiles#read}, the way ingest will read it, with the
 * few derived figures the tests check (spend and average as SPEC section 7 defines them).
 */
final class LoadedExports {

    record Customer(String id, String name, String msisdn, String brand, String region, String type, String groupId,
            LocalDate joinDate, String status) {
    }

    record BillLine(String lineId, String customerId, YearMonth billMonth, String chargeType, long fen) {
    }

    record Payment(YearMonth billMonth, String paymentId, String customerId, LocalDateTime paidAt, long fen,
            String channel) {
    }

    record Usage(String customerId, LocalDate usageDate, String service, BigDecimal quantity, String unit,
            long ratedFen) {
    }

    record Complaint(String ticketId, String customerId, LocalDateTime openedAt, LocalDateTime firstResponseAt,
            LocalDateTime closedAt, String category, String channel) {
    }

    record Manager(String managerId, String name, String region, String email, String capacity) {
    }

    static final long GOLD_FEN = 15_000;
    static final long PLATINUM_FEN = 50_000;
    static final long DIAMOND_FEN = 100_000;

    final GenerateRequest request;
    final Map<String, Customer> customers = new LinkedHashMap<>();
    final List<Manager> managers = new ArrayList<>();
    final List<Complaint> complaints = new ArrayList<>();
    final List<BillLine> billLines = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<Usage> usage = new ArrayList<>();
    private final Map<String, Map<YearMonth, Long>> spend = new HashMap<>();

    private LoadedExports(GenerateRequest request) {
        this.request = request;
    }

    static LoadedExports load(Path folder, GenerateRequest request) throws IOException {
        LoadedExports exports = new LoadedExports(request);
        read(folder.resolve("customers.csv"), CanonicalLayout.CUSTOMER_HEADER, r -> exports.customers.put(r.get(0),
                new Customer(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6),
                        LocalDate.parse(r.get(7)), r.get(8))));
        read(folder.resolve("account_managers.csv"), CanonicalLayout.ACCOUNT_MANAGER_HEADER,
                r -> exports.managers.add(new Manager(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4))));
        read(folder.resolve("complaints.csv"), CanonicalLayout.COMPLAINT_HEADER,
                r -> exports.complaints.add(new Complaint(r.get(0), r.get(1), LocalDateTime.parse(r.get(2)),
                        optionalTime(r.get(3)), optionalTime(r.get(4)), r.get(5), r.get(6))));
        for (YearMonth month : request.months()) {
            read(folder.resolve("billing/bill_lines_" + month + ".csv"), CanonicalLayout.BILL_LINE_HEADER,
                    r -> exports.billLines.add(new BillLine(r.get(0), r.get(1), YearMonth.parse(r.get(2)), r.get(3),
                            fen(r.get(4)))));
            read(folder.resolve("payments/payments_" + month + ".csv"), CanonicalLayout.PAYMENT_HEADER,
                    r -> exports.payments.add(new Payment(month, r.get(0), r.get(1), LocalDateTime.parse(r.get(2)),
                            fen(r.get(3)), r.get(4))));
        }
        try (Stream<Path> files = Files.list(folder.resolve("usage"))) {
            for (Path file : files.sorted().toList()) {
                read(file, CanonicalLayout.USAGE_HEADER, r -> exports.usage.add(new Usage(r.get(0),
                        LocalDate.parse(r.get(1)), r.get(2), new BigDecimal(r.get(3)), r.get(4), fen(r.get(5)))));
            }
        }
        for (BillLine line : exports.billLines) {
            if (!line.chargeType().equals("EQUIPMENT")) {
                exports.spend.computeIfAbsent(line.customerId(), id -> new HashMap<>())
                        .merge(line.billMonth(), line.fen(), Long::sum);
            }
        }
        return exports;
    }

    /** Spend(c, M) of SPEC 7: bill lines net of discounts, refunds and adjustments, EQUIPMENT excluded. */
    long spendFen(String customerId, YearMonth month) {
        return spend.getOrDefault(customerId, Map.of()).getOrDefault(month, 0L);
    }

    /**
     * Average(c, E) of SPEC 7 over the closed months up to and including {@code through}, from the
     * customer's join month on, in whole fen; null when there is no such month (tier NEW).
     */
    Long averageFen(String customerId, YearMonth through) {
        YearMonth joined = YearMonth.from(customers.get(customerId).joinDate());
        long sum = 0;
        int months = 0;
        for (YearMonth month : request.months()) {
            if (!month.isAfter(through) && !month.isBefore(joined)) {
                sum += spendFen(customerId, month);
                months++;
            }
        }
        return months == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(months), 0, RoundingMode.HALF_UP).longValueExact();
    }

    static String tier(Long averageFen) {
        if (averageFen == null) {
            return "NEW";
        }
        return averageFen >= DIAMOND_FEN ? "DIAMOND"
                : averageFen >= PLATINUM_FEN ? "PLATINUM"
                : averageFen >= GOLD_FEN ? "GOLD"
                : averageFen >= 5_000 ? "SILVER"
                : "STANDARD";
    }

    static long fen(String yuan) {
        return new BigDecimal(yuan).movePointRight(2).longValueExact();
    }

    private static LocalDateTime optionalTime(String text) {
        return text.isEmpty() ? null : LocalDateTime.parse(text);
    }

    private static void read(Path file, String[] header, Consumer<CSVRecord> rows) throws IOException {
        try (CSVParser parser = CsvFiles.read(file, StandardCharsets.UTF_8, ',')) {
            assertThat(parser.getHeaderNames()).as("header of %s", file).containsExactly(header);
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new AssertionError(file + " line " + parser.getCurrentLineNumber() + " has " + record.size()
                            + " fields, the header has " + header.length);
                }
                rows.accept(record);
            }
        }
    }

    static <T> Map<String, List<T>> byCustomer(List<T> rows, Function<T, String> customerId) {
        Map<String, List<T>> grouped = new HashMap<>();
        for (T row : rows) {
            grouped.computeIfAbsent(customerId.apply(row), id -> new ArrayList<>()).add(row);
        }
        return grouped;
    }
}
