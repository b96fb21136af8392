package com.jinpai.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.jinpai.generate.GenerateResult.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticExportGeneratorTests {

    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10));

    private final SyntheticExportGenerator generator = new SyntheticExportGenerator();

    @TempDir
    Path folder;

    @Test
    void theSameRequestWritesTheSameBytes() throws IOException {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        generator.generate(new GenerateRequest(300, MONTHS, 2, 42, first));
        generator.generate(new GenerateRequest(300, MONTHS, 2, 42, second));

        List<Path> files = relativeFiles(first);
        assertThat(relativeFiles(second)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as("first differing byte of %s", file)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesOtherCustomersAndBills() throws IOException {
        Path one = folder.resolve("one");
        Path other = folder.resolve("other");
        generator.generate(new GenerateRequest(300, MONTHS, 1, 1, one));
        generator.generate(new GenerateRequest(300, MONTHS, 1, 2, other));

        List<String> customers = dataLines(one.resolve("customers.csv"));
        assertThat(customers).doesNotContainAnyElementsOf(dataLines(other.resolve("customers.csv")));
        // the cheapest plan on its own is a common bill line under any seed; most lines must still differ
        List<String> lines = dataLines(one.resolve("billing/bill_lines_2026-10.csv"));
        List<String> shared = new ArrayList<>(lines);
        shared.retainAll(new java.util.HashSet<>(dataLines(other.resolve("billing/bill_lines_2026-10.csv"))));
        assertThat(shared.size()).as("bill lines shared by both seeds").isLessThan(lines.size() / 5);
    }

    private static List<String> dataLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.subList(1, lines.size());
    }

    @Test
    void writesTheCanonicalLayoutAndReportsEveryFileWithItsRows() throws IOException {
        List<String> progress = new ArrayList<>();
        GenerateResult result = generator.generate(new GenerateRequest(200, MONTHS, 2, 7, folder), progress::add);

        assertThat(relativeFiles(folder)).map(Path::toString).containsExactly(
                "account_managers.csv",
                "billing/bill_lines_2026-09.csv",
                "billing/bill_lines_2026-10.csv",
                "complaints.csv",
                "customers.csv",
                "payments/payments_2026-09.csv",
                "payments/payments_2026-10.csv",
                "usage/usage_2026-09-29.csv",
                "usage/usage_2026-09-30.csv",
                "usage/usage_2026-10-30.csv",
                "usage/usage_2026-10-31.csv",
                "usage/usage_2026-11-01.csv",
                "usage/usage_2026-11-02.csv");
        LoadedExports exports = LoadedExports.load(folder, new GenerateRequest(200, MONTHS, 2, 7, folder));
        assertThat(result.rowsBySource()).containsExactly(
                entry("customers", 200L),
                entry("complaints", (long) exports.complaints.size()),
                entry("account-managers", (long) exports.managers.size()),
                entry("bill-lines", (long) exports.billLines.size()),
                entry("payments", (long) exports.payments.size()),
                entry("usage", (long) exports.usage.size()));
        for (GeneratedFile file : result.files()) {
            assertThat(file.bytes()).isEqualTo(Files.size(file.file()));
        }
        assertThat(result.totalBytes()).isEqualTo(result.files().stream().mapToLong(GeneratedFile::bytes).sum());
        // one line to start, then one per pass: customers and complaints, managers, two months, open-month usage
        assertThat(progress).hasSize(6);
        assertThat(progress.get(0)).contains("200 customers", "open month 2026-11", "seed 7");
    }

    @Test
    void replacesItsOwnFilesAndLeavesEverythingElseInTheFolder() throws IOException {
        Files.writeString(folder.resolve("README.md"), "kept");
        Files.createDirectories(folder.resolve("bad-rows"));
        Files.writeString(folder.resolve("bad-rows/bill_lines_bad_rows.csv"), "kept");
        Files.writeString(folder.resolve("customers.csv"), "stale");

        generator.generate(new GenerateRequest(20, MONTHS, 0, 7, folder));

        assertThat(folder.resolve("README.md")).hasContent("kept");
        assertThat(folder.resolve("bad-rows/bill_lines_bad_rows.csv")).hasContent("kept");
        assertThat(Files.readString(folder.resolve("customers.csv"))).startsWith("customer_id,name,");
        assertThat(folder.resolve("usage")).doesNotExist();
    }

    @Test
    void customerIdsAreFixedWidthSoTheirByteOrderIsNumericOrder() throws IOException {
        generator.generate(new GenerateRequest(12, MONTHS, 0, 7, folder));

        List<String> ids = Files.readAllLines(folder.resolve("customers.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList();
        assertThat(ids).hasSize(12).isSorted().allMatch(id -> id.matches("C\\d{7}"));
        assertThat(ids.get(11)).isEqualTo("C0000012");
    }

    private static java.util.Map.Entry<String, Long> entry(String key, Long value) {
        return java.util.Map.entry(key, value);
    }

    static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
