package com.jinpai.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTests {

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int generate(String... args) {
        return new CommandLine(new GenerateCommand())
                .setOut(new PrintWriter(stdout))
                .setErr(new PrintWriter(stderr))
                .execute(args);
    }

    @Test
    void writesEveryExportAndSaysHowManyRows() {
        int code = generate("--customers", "30", "--months", "2026-09,2026-10", "--usage-days", "2", "--seed", "3",
                "--out", out.toString());

        assertThat(code).isZero();
        assertThat(out.resolve("customers.csv")).exists();
        assertThat(out.resolve("billing/bill_lines_2026-10.csv")).exists();
        assertThat(out.resolve("payments/payments_2026-09.csv")).exists();
        assertThat(out.resolve("usage/usage_2026-11-02.csv")).exists();
        assertThat(stdout.toString()).contains("customers").contains("30 rows").contains("bill-lines");
    }

    @Test
    void sameArgumentsWriteTheSameBytes() throws Exception {
        Path second = Files.createDirectories(out.resolve("second"));
        generate("--customers", "20", "--months", "2026-10", "--seed", "9", "--out", out.resolve("first").toString());
        generate("--customers", "20", "--months", "2026-10", "--seed", "9", "--out", second.toString());

        assertThat(Files.readAllBytes(second.resolve("billing/bill_lines_2026-10.csv")))
                .isEqualTo(Files.readAllBytes(out.resolve("first/billing/bill_lines_2026-10.csv")));
    }

    @Test
    void badArgumentsAreUsageErrorsThatSayWhatToGive() {
        assertThat(generate("--customers", "0", "--months", "2026-10", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).contains("customers must be between 1 and");

        assertThat(generate("--customers", "5", "--months", "2026-13", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).contains("'2026-13' is not a month; use YYYY-MM");
    }
}
