package com.jinpai.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.jinpai.report.MonthStory.Figures;
import com.jinpai.report.MonthStory.SegmentRow;
import com.jinpai.report.ReportData.Header;
import com.jinpai.report.ReportData.MigrationCell;

/**
 * The page values of the month's story, for the template's own fragments ({@code cards},
 * {@code segments}, {@code star-migration}): each header card with its change against the previous
 * month and the change's direction, a section per {@code segment_summary} dimension, and the star
 * moves as a two-colour heat map and table.
 */
final class StorySections {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<String, String[]> DIMENSIONS = dimensions();

    private StorySections() {
    }

    private static Map<String, String[]> dimensions() {
        Map<String, String[]> dimensions = new LinkedHashMap<>();
        dimensions.put("REGION", new String[] {"region", "Regions", "Region"});
        dimensions.put("BRAND", new String[] {"brand", "Brands", "Brand"});
        dimensions.put("RFM_SEGMENT", new String[] {"rfm-segment", "RFM segments", "RFM segment"});
        dimensions.put("TREND", new String[] {"trend", "Spend trend", "Trend"});
        dimensions.put("STAR", new String[] {"star", "Star levels (星级)", "Star level"});
        return dimensions;
    }

    static void put(Header header, MonthStory story, Map<String, Object> page) {
        cards(header, story, page);
        segments(story, page);
        starMoves(story, page);
    }

    /** Counts and the share compare as they stand; revenue as {@link HeaderComparison} says. */
    private static void cards(Header header, MonthStory story, Map<String, Object> page) {
        Figures before = story.previous();
        boolean compared = before != null;
        HeaderComparison comparison = story.comparison();
        page.put("comparedWith", compared ? comparison.comparedWith(story.previousMonth())
                : "No previous month to compare with");
        List<Map<String, Object>> cards = new ArrayList<>();
        cards.add(card("Customers", "customers", Formats.count(header.customers()),
                compared ? countChange(header.customers(), before.customers()) : null, null));
        cards.add(card("VIPs (GOLD and above)", "vips", Formats.count(header.vips()),
                compared ? countChange(header.vips(), before.vips()) : null, null));
        BigDecimal revenueBefore = compared ? comparison.previousRevenue(before.revenue()) : null;
        cards.add(card(comparison.revenueLabel(), "revenue", Formats.money(header.revenue()),
                revenueBefore != null ? moneyChange(header.revenue(), revenueBefore) : null,
                compared ? comparison.revenueBasis(story.previousMonth(), before.revenue()) : null));
        cards.add(card("Top-decile revenue share", "top-decile-share",
                header.topDecileShare() == null ? "not ranked" : Formats.percent(header.topDecileShare()),
                compared && header.topDecileShare() != null && before.topDecileShare() != null
                        ? pointsChange(header.topDecileShare(), before.topDecileShare()) : null, null));
        cards.add(card("Customers with a star", "stars", Formats.count(story.figures().stars()),
                compared ? countChange(story.figures().stars(), before.stars()) : null, null));
        page.put("cards", cards);
    }

    /**
     * {@code change} is {direction, text}; null when there is nothing to compare. {@code against}
     * says what the change was taken against when that is not simply the previous month's figure.
     */
    private static Map<String, Object> card(String label, String field, String value, String[] change,
            String against) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("label", label);
        card.put("field", field);
        card.put("value", value);
        card.put("direction", change == null ? "none" : change[0]);
        card.put("change", change == null ? "—" : change[1]);
        // false, not absent: the template's section then renders nothing, as on every closed month's card
        card.put("against", against == null ? false : against);
        return card;
    }

    static String[] countChange(long now, long before) {
        long diff = now - before;
        return new String[] {direction(Long.signum(diff)), arrow(Long.signum(diff)) + " "
                + signed(Formats.count(Math.abs(diff)), Long.signum(diff)) + relative(BigDecimal.valueOf(diff),
                        BigDecimal.valueOf(before))};
    }

    static String[] moneyChange(BigDecimal now, BigDecimal before) {
        BigDecimal diff = now.subtract(before);
        return new String[] {direction(diff.signum()), arrow(diff.signum()) + " "
                + signed(Formats.money(diff.abs()), diff.signum()) + relative(diff, before)};
    }

    /** A share against a share: the difference in percentage points. */
    static String[] pointsChange(BigDecimal now, BigDecimal before) {
        BigDecimal diff = now.subtract(before).setScale(1, RoundingMode.HALF_UP);
        return new String[] {direction(diff.signum()), arrow(diff.signum()) + " "
                + signed(diff.abs().toPlainString(), diff.signum()) + " pp"};
    }

    private static String relative(BigDecimal diff, BigDecimal before) {
        if (before.signum() <= 0) {
            return "";
        }
        BigDecimal percent = diff.multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP);
        return " (" + signed(percent.abs().toPlainString(), percent.signum()) + "%)";
    }

    private static String signed(String magnitude, int sign) {
        return (sign > 0 ? "+" : sign < 0 ? "−" : "±") + magnitude;
    }

    private static String arrow(int sign) {
        return sign > 0 ? "▲" : sign < 0 ? "▼" : "＝";
    }

    private static String direction(int sign) {
        return sign > 0 ? "up" : sign < 0 ? "down" : "same";
    }

    private static void segments(MonthStory story, Map<String, Object> page) {
        List<Map<String, Object>> sections = new ArrayList<>();
        DIMENSIONS.forEach((dimension, words) -> {
            List<SegmentRow> rows = story.segments().getOrDefault(dimension, List.of());
            long customers = rows.stream().mapToLong(SegmentRow::customers).sum();
            BigDecimal largest = rows.stream().map(SegmentRow::revenueShare).reduce(BigDecimal.ZERO, BigDecimal::max);
            List<Map<String, String>> lines = new ArrayList<>();
            for (SegmentRow row : rows) {
                Map<String, String> line = new LinkedHashMap<>();
                line.put("segment", row.segment());
                line.put("customers", Formats.count(row.customers()));
                line.put("customerShare", Formats.share(BigDecimal.valueOf(row.customers()), BigDecimal.valueOf(customers)));
                line.put("revenue", Formats.money(row.revenue()));
                line.put("revenueShare", Formats.percent(row.revenueShare()));
                // the largest share fills the bar's track, so small differences stay visible
                line.put("bar", largest.signum() <= 0 ? "0" : row.revenueShare().max(BigDecimal.ZERO).multiply(HUNDRED)
                        .divide(largest, 1, RoundingMode.HALF_UP).toPlainString());
                String[] change = row.previousCustomers() == null ? null
                        : countChange(row.customers(), row.previousCustomers());
                line.put("direction", change == null ? "none" : change[0]);
                line.put("change", change == null ? "—" : change[1]);
                lines.add(line);
            }
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("id", words[0]);
            section.put("title", words[1]);
            section.put("column", words[2]);
            section.put("dimension", dimension);
            section.put("hasRows", !rows.isEmpty());
            section.put("rows", lines);
            sections.add(section);
        });
        page.put("segmentSections", sections);
    }

    private static void starMoves(MonthStory story, Map<String, Object> page) {
        List<MigrationCell> cells = story.starMoves();
        TreeSet<String> present = new TreeSet<>();
        cells.forEach(c -> {
            present.add(c.fromTier());
            present.add(c.toTier());
        });
        List<String> names = story.starOrder().stream().filter(present::contains).toList();
        List<String> unknown = present.stream().filter(n -> !story.starOrder().contains(n)).toList();
        List<String> all = new ArrayList<>(names);
        all.addAll(unknown);
        Map<String, Long> counts = new LinkedHashMap<>();
        cells.forEach(c -> counts.merge(c.fromTier() + '\u0000' + c.toTier(), c.customers(), Long::sum));
        List<Map<String, Object>> rows = new ArrayList<>();
        long up = 0;
        long down = 0;
        for (String from : all) {
            List<Map<String, String>> row = new ArrayList<>();
            for (String to : all) {
                long n = counts.getOrDefault(from + '\u0000' + to, 0L);
                String direction = HeatMapSvg.direction(all, from, to);
                up += direction.equals(HeatMapSvg.UP) ? n : 0;
                down += direction.equals(HeatMapSvg.DOWN) ? n : 0;
                row.add(Map.of("from", from, "to", to, "customers", Formats.count(n), "direction",
                        n == 0 ? "zero" : direction));
            }
            rows.add(Map.of("from", from, "cells", row));
        }
        page.put("hasStarMoves", !cells.isEmpty());
        page.put("starMoveColumns", all);
        page.put("starMoveRows", rows);
        page.put("starMovesUp", Formats.count(up));
        page.put("starMovesDown", Formats.count(down));
        page.put("starMoveChart", cells.isEmpty() ? ""
                : HeatMapSvg.render("star-migration-chart", all, cells, "Star before", "Star after this month"));
    }
}
