package com.jinpai.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
                new Actions(true, rules, managers, 7),
                List.of(new ReasonCount("unknown customer_id", 41), new ReasonCount(HOSTILE, 9),
                        new ReasonCount("unknown charge_type 'GIFT'", 3)),
                List.of(new FileRejects("bill-lines", "billing/bill_lines_2026-10.csv", "LOADED", 120_000, 119_950, 50,
                        List.of(new ReasonCount("unknown customer_id", 41), new ReasonCount(HOSTILE, 9))),
                        new FileRejects("customers", "customers.csv", "LOADED", 10_003, 10_000, 3,
                                List.of(new ReasonCount("unknown charge_type 'GIFT'", 3)))));
    }
}
