package com.jinpai.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jinpai.report.ReportData.MigrationCell;

/**
 * A migration matrix as an inline SVG heat map in two colours: cells of customers who moved up are
 * green, moved down red, stayed grey, each deeper on a log scale of the count (most customers stay,
 * so on a linear scale the moves would be white). Counts carry thousands separators. Names run best
 * first down the side (before) and across the top (after), like the table under it: below the
 * diagonal moved up, above it moved down. Drawn by hand, so the same data gives the same bytes.
 */
final class HeatMapSvg {

    static final String UP = "up";
    static final String DOWN = "down";
    static final String STAYED = "stayed";

    private static final int CELL = 64;
    private static final int LEFT = 170;
    private static final int TOP = 130;
    private static final int LEGEND = 40;
    private static final int[] GREEN = {0x1A, 0x7F, 0x37};
    private static final int[] RED = {0xB2, 0x18, 0x2B};
    private static final int[] GREY = {0x6B, 0x72, 0x80};
    private static final double DARK = 0.6;

    private HeatMapSvg() {
    }

    /** Which way a move goes, by the names' positions (best first). */
    static String direction(List<String> names, String from, String to) {
        int a = names.indexOf(from);
        int b = names.indexOf(to);
        return a == b ? STAYED : b < a ? UP : DOWN;
    }

    static String render(String id, List<String> names, List<MigrationCell> cells, String rowsTitle,
            String columnsTitle) {
        Map<String, Long> counts = new HashMap<>();
        long max = 1;
        for (MigrationCell cell : cells) {
            counts.merge(cell.fromTier() + '\u0000' + cell.toTier(), cell.customers(), Long::sum);
            max = Math.max(max, cell.customers());
        }
        int n = names.size();
        int width = LEFT + n * CELL + 20;
        int height = TOP + n * CELL + LEGEND + 20;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">");
        text(svg, LEFT + n * CELL / 2, 16, "middle", "bold", columnsTitle);
        text(svg, 12, TOP - 10, "start", "bold", rowsTitle);
        for (int k = 0; k < n; k++) {
            int x = LEFT + k * CELL + CELL / 2;
            svg.append("<text x=\"").append(x).append("\" y=\"").append(TOP - 8).append("\" transform=\"rotate(-40 ")
                    .append(x).append(' ').append(TOP - 8).append(")\">").append(escape(names.get(k))).append("</text>");
            text(svg, LEFT - 8, TOP + k * CELL + CELL / 2 + 4, "end", "normal", names.get(k));
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                long count = counts.getOrDefault(names.get(r) + '\u0000' + names.get(c), 0L);
                String direction = direction(names, names.get(r), names.get(c));
                double t = count <= 0 ? 0 : Math.min(1, Math.log1p(count) / Math.log1p(max));
                int[] colour = direction.equals(UP) ? GREEN : direction.equals(DOWN) ? RED : GREY;
                int x = LEFT + c * CELL;
                int y = TOP + r * CELL;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL)
                        .append("\" height=\"").append(CELL).append("\" fill=\"").append(mix(colour, t))
                        .append("\" stroke=\"#ffffff\" data-from=\"").append(escape(names.get(r))).append("\" data-to=\"")
                        .append(escape(names.get(c))).append("\" data-direction=\"").append(direction).append("\"/>");
                svg.append("<text x=\"").append(x + CELL / 2).append("\" y=\"").append(y + CELL / 2 + 4)
                        .append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"")
                        .append(t > DARK ? "#ffffff" : "#222222").append("\">").append(Formats.count(count))
                        .append("</text>");
            }
        }
        int legendY = TOP + n * CELL + 24;
        legend(svg, LEFT, legendY, GREEN, "moved up");
        legend(svg, LEFT + 120, legendY, RED, "moved down");
        legend(svg, LEFT + 250, legendY, GREY, "stayed");
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, int x, int y, int[] colour, String label) {
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 11).append("\" width=\"14\" height=\"14\" fill=\"")
                .append(mix(colour, 1)).append("\"/>");
        text(svg, x + 20, y, "start", "normal", label);
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String weight, String text) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\" font-weight=\"").append(weight).append("\">").append(escape(text)).append("</text>");
    }

    /** White to the full colour at intensity t in [0, 1]. */
    private static String mix(int[] colour, double t) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", channel(colour[0], t), channel(colour[1], t),
                channel(colour[2], t));
    }

    private static int channel(int full, double t) {
        return (int) Math.round(255 + (full - 255) * t);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
