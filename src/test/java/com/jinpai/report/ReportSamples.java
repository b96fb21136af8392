package com.jinpai.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jinpai.value.ParetoCurve;
import com.jinpai.report.ActionStatistics.ManagerService;
import com.jinpai.report.ReportData.Actions;
import com.jinpai.report.ReportData.Basis;
import com.jinpai.report.ReportData.FileRejects;
import com.jinpai.report.ReportData.Header;
import com.jinpai.report.ReportData.MigrationCell;
import com.jinpai.report.ReportData.ReasonCount;
import com.jinpai.report.ReportData.TierRow;

/** A month that fills every section of the page, for looking at it in a browser. */
final class ReportSamples {

    static final String HOSTILE = "<script>alert(1)</script> amount '12,5' & \"x\"";

    private ReportSamples() {
    }

    static ReportData fullMonth() {
        int customers = 10_000;
        ParetoCurve curve = new ParetoCurve(customers, 100);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i <= customers; i++) {
            // a long tail: spend falls with rank roughly as 1/sqrt(rank)
            BigDecimal spend = BigDecimal.valueOf(Math.round(200_000 / Math.sqrt(i)), 2);
            curve.add(spend);
            total = total.add(spend);
        }
        Map<String, Long> rules = new LinkedHashMap<>();
        rules.put("NEW_VIP_WELCOME", 120L);
        rules.put("DOWNGRADE_RISK", 45L);
        rules.put("SPEND_DROP", 80L);
        rules.put("BILL_SHOCK_ALERT", 12L);
        rules.put("ARREARS_NOTICE", 30L);
        rules.put("UPGRADE_NUDGE", 210L);
        Map<String, Long> managers = new LinkedHashMap<>();
        managers.put("M001 王丽", 95L);
        managers.put("M002 李强", 88L);
        managers.put("M003 " + HOSTILE, 60L);
        return new ReportData(
                new Header(YearMonth.of(2026, 10), Basis.CLOSED, customers, 1_480, total, new BigDecimal("38.42")),
                List.of(new TierRow("DIAMOND", 90, new BigDecimal("180000.00")),
                        new TierRow("PLATINUM", 310, new BigDecimal("190000.00")),
                        new TierRow("GOLD", 1080, new BigDecimal("240000.00")),
                        new TierRow("SILVER", 3200, new BigDecimal("210000.00")),
                        new TierRow("STANDARD", 5120, new BigDecimal("120000.00")),
                        new TierRow("NEW", 200, new BigDecimal("4000.00"))),
                List.of(new MigrationCell("DIAMOND", "DIAMOND", 85), new MigrationCell("DIAMOND", "PLATINUM", 5),
                        new MigrationCell("PLATINUM", "DIAMOND", 5), new MigrationCell("PLATINUM", "PLATINUM", 290),
                        new MigrationCell("PLATINUM", "GOLD", 15), new MigrationCell("GOLD", "PLATINUM", 20),
                        new MigrationCell("GOLD", "GOLD", 1010), new MigrationCell("GOLD", "SILVER", 40),
                        new MigrationCell("SILVER", "GOLD", 50), new MigrationCell("SILVER", "SILVER", 3100),
                        new MigrationCell("SILVER", "STANDARD", 60), new MigrationCell("STANDARD", "SILVER", 60),
                        new MigrationCell("STANDARD", "STANDARD", 5060), new MigrationCell("NEW", "STANDARD", 0)),
                curve.points(),
                new Actions(true, rules, managers, 7, List.of(
                        new ManagerService("M001", "王丽", 95, 61, 9, 5, 20),
                        new ManagerService("M002", "李强", 88, 70, 0, 2, 16),
                        new ManagerService("M003", HOSTILE, 60, 12, 30, 18, 0),
                        new ManagerService("M009", null, 4, 0, 0, 4, 0))),
                List.of(new ReasonCount("unknown customer_id", 41), new ReasonCount(HOSTILE, 9),
                        new ReasonCount("unknown charge_type 'GIFT'", 3)),
                List.of(new FileRejects("bill-lines", "billing/bill_lines_2026-10.csv", "LOADED", 120_000, 119_950, 50,
                        List.of(new ReasonCount("unknown customer_id", 41), new ReasonCount(HOSTILE, 9))),
                        new FileRejects("customers", "customers.csv", "LOADED", 10_003, 10_000, 3,
                                List.of(new ReasonCount("unknown charge_type 'GIFT'", 3)))));
    }
    /** The story of the same month: figures against September, every segment dimension, star moves. */
    static MonthStory story() {
        Map<String, List<MonthStory.SegmentRow>> segments = new LinkedHashMap<>();
        segments.put("REGION", List.of(segment("杭州", 4200, "420000.00", "44.10", 4150L),
                segment("宁波", 3100, "300000.00", "31.50", 3120L), segment("温州", 2700, "232000.00", "24.40", null)));
        segments.put("BRAND", List.of(segment("GO", 6000, "610000.00", "64.00", 5900L),
                segment("M", 4000, "342000.00", "36.00", 4100L)));
        segments.put("RFM_SEGMENT", List.of(segment("CHAMPIONS", 1200, "380000.00", "39.90", 1100L),
                segment("LOYAL", 2100, "260000.00", "27.30", 2150L), segment("AT_RISK", 900, "90000.00", "9.50", 800L),
                segment("LOST", 5800, "222000.00", "23.30", 5950L)));
        segments.put("TREND", List.of(segment("GROWING", 1500, "260000.00", "27.30", 1400L),
                segment("STABLE", 6500, "600000.00", "63.00", 6600L),
                segment("DECLINING", 2000, "92000.00", "9.70", 2000L)));
        segments.put("STAR", List.of(segment("FIVE_STAR_GOLD", 40, "120000.00", "12.60", 38L),
                segment("THREE_STAR", 2100, "420000.00", "44.10", 1900L),
                segment("ONE_STAR", 5200, "360000.00", "37.80", 5300L), segment("NEAR_STAR", 300, "12000.00", "1.30", 320L),
                segment("NONE", 2360, "40000.00", "4.20", 2442L)));
        List<String> order = List.of("FIVE_STAR_DIAMOND", "FIVE_STAR_GOLD", "FIVE_STAR_SILVER", "FOUR_STAR",
                "THREE_STAR", "TWO_STAR", "ONE_STAR", "NEAR_STAR", "NONE");
        List<MigrationCell> moves = List.of(new MigrationCell("FIVE_STAR_GOLD", "FIVE_STAR_GOLD", 38),
                new MigrationCell("THREE_STAR", "FIVE_STAR_GOLD", 2), new MigrationCell("THREE_STAR", "THREE_STAR", 1_898),
                new MigrationCell("ONE_STAR", "THREE_STAR", 202), new MigrationCell("ONE_STAR", "ONE_STAR", 5_098),
                new MigrationCell("NONE", "ONE_STAR", 102), new MigrationCell("NONE", "NONE", 2_660));
        return new MonthStory("2026-09", new MonthStory.Figures(10_000, 1_480, new BigDecimal("952000.00"),
                new BigDecimal("38.42"), 7_340), new MonthStory.Figures(9_870, 1_502, new BigDecimal("940310.55"),
                new BigDecimal("37.90"), 7_236), segments, order, moves, HeaderComparison.WHOLE_MONTHS);
    }

    private static MonthStory.SegmentRow segment(String name, long customers, String revenue, String share,
            Long before) {
        return new MonthStory.SegmentRow(name, customers, new BigDecimal(revenue), new BigDecimal(share), before);
    }
}
