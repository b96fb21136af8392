package com.jinpai.action.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The row height's line count, worked out in one pass, is the count of splitting the text at every {@code \R}. */
class XlsxLinesTests {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final String[] PIECES = { "a", "word ", "中", "（", "ｱ", "\uD840\uDC0B", "\uD83D\uDE00", "\n", "\r",
        "\r\n", "\n\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\t", " " };

    @Test
    void countsTheLinesOfSplittingAtEveryLineBreak() {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(List.of("", "\n", "\r\n", "\r\r\n\n", "abc\r"));
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            for (int width : new int[] { 1, 3, 10, 70 }) {
                assertThat(XlsxTables.lines(text, width)).as("%s in %d", text, width).isEqualTo(split(text, width));
            }
        }
    }

    /**
     * How the lines were counted before: a split at \R, the code points of each paragraph (their widths
     * looked up one by one).
     */
    private static int split(String text, int width) {
        double room = width * 0.9;
        int lines = 0;
        for (String paragraph : LINE_BREAK.split(text, -1)) {
            int units = paragraph.codePoints().map(XlsxTables::widthUnits).sum();
            lines += Math.max(1, (int) Math.ceil(units / room));
        }
        return lines;
    }
}
