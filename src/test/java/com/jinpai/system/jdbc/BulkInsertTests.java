package com.jinpai.system.jdbc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
