package com.jinpai.system.jdbc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BulkInsertTests {

    private static String encode(int rows, BulkInsert.RowValues source) throws IOException {
        try (BulkInsert.TsvStream stream = new BulkInsert.TsvStream(4, rows, source)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            stream.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesLoadDataTextWithNullsAndEscapes() throws IOException {
        String text = encode(2, (row, values) -> {
            values[0] = row == 0 ? "C01" : "a\tb\\c\nd";
            values[1] = row == 0 ? null : new BigDecimal("-12.50");
            values[2] = row == 0;
            values[3] = row == 0 ? LocalDate.of(2024, 10, 1) : 7;
        });

        assertThat(text).isEqualTo("C01\t\\N\t1\t2024-10-01\n" + "a\\tb\\\\c\\nd\t-12.50\t0\t7\n");
    }

    @Test
    void writesNumbersDatesAndTextAsTheServerReadsThem() throws IOException {
        String text = encode(3, (row, values) -> {
            values[0] = switch (row) {
                case 0 -> -1234567890123L;
                case 1 -> Long.MIN_VALUE;
                default -> Integer.MIN_VALUE;
            };
            values[1] = row == 0 ? new BigDecimal("0.05") : row == 1 ? new BigDecimal("-1000000.00") : BigDecimal.ZERO;
            values[2] = row == 0 ? java.time.LocalDateTime.of(2026, 10, 31, 23, 59, 58, 123_456_000)
                    : row == 1 ? LocalDate.of(10_000, 1, 1) : LocalDate.of(999, 2, 3);
            values[3] = row == 0 ? "\r\0 😀 \uD800" : row == 1 ? java.time.YearMonth.of(2026, 9) : "ÿ€";
        });

        assertThat(text).isEqualTo("-1234567890123\t0.05\t2026-10-31 23:59:58.123456\t\\r\\0 😀 ?\n"
                + Long.MIN_VALUE + "\t-1000000.00\t+10000-01-01\t2026-09\n"
                + Integer.MIN_VALUE + "\t0\t0999-02-03\tÿ€\n");
    }

    @Test
    void writesDateTimesAsTheDateTimeFormatterDid() throws IOException {
        java.time.format.DateTimeFormatter formatter = java.time.format.DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm:ss.SSSSSS", java.util.Locale.ROOT);
        java.time.LocalDateTime[] times = {java.time.LocalDateTime.of(2026, 9, 15, 10, 33, 25),
                java.time.LocalDateTime.of(1000, 1, 1, 0, 0, 0, 999), java.time.LocalDateTime.of(9999, 12, 31, 23, 59, 59,
                        999_999_999), java.time.LocalDateTime.of(2024, 2, 29, 7, 5, 9, 1_000),
                java.time.LocalDateTime.of(999, 3, 4, 5, 6, 7, 80_000_000)};
        String text = encode(times.length, (row, values) -> {
            values[0] = times[row];
            values[1] = null;
            values[2] = null;
            values[3] = null;
        });

        StringBuilder expected = new StringBuilder();
        for (java.time.LocalDateTime time : times) {
            expected.append(formatter.format(time)).append("\t\\N\t\\N\t\\N\n");
        }
        assertThat(text).isEqualTo(expected.toString());
        assertThat(text).startsWith("2026-09-15 10:33:25.000000\t").contains("\n9999-12-31 23:59:59.999999\t");
    }

    @Test
    void writesDecimalsAsToPlainStringDoes() throws IOException {
        BigDecimal[] numbers = {new BigDecimal("0.00"), new BigDecimal("-0.05"), new BigDecimal("0.5"),
                new BigDecimal("-12.3400"), new BigDecimal("123456789012345678"), new BigDecimal("-0.000000000000000001"),
                new BigDecimal("0.123456789012345678"), new BigDecimal("1234567890123456789.5"), new BigDecimal("1E+3"),
                new BigDecimal("-99999999999999999.9"), BigDecimal.valueOf(Long.MIN_VALUE, 2), new BigDecimal("7"),
                new BigDecimal("1.0000000000000000000")};
        java.util.Random random = new java.util.Random(20261207);
        BigDecimal[] all = Arrays.copyOf(numbers, numbers.length + 2000);
        for (int i = numbers.length; i < all.length; i++) {
            all[i] = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(20));
        }
        String text = encode(all.length, (row, values) -> {
            values[0] = all[row];
            values[1] = all[row].negate();
            values[2] = null;
            values[3] = null;
        });

        StringBuilder expected = new StringBuilder();
        for (BigDecimal number : all) {
            expected.append(number.toPlainString()).append('\t').append(number.negate().toPlainString())
                    .append("\t\\N\t\\N\n");
        }
        assertThat(text).isEqualTo(expected.toString());
        assertThat(text).startsWith("0.00\t0.00\t\\N\t\\N\n-0.05\t0.05\t");
    }

    @Test
    void keepsChineseTextAsUtf8AcrossChunks() throws IOException {
        String text = encode(2500, (row, values) -> {
            values[0] = "深圳";
            values[1] = row;
            values[2] = null;
            values[3] = "神州行";
        });

        assertThat(text.split("\n")).hasSize(2500);
        assertThat(text).startsWith("深圳\t0\t\\N\t神州行\n").endsWith("深圳\t2499\t\\N\t神州行\n");
    }
}
