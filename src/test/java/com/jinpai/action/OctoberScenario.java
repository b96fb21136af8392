package com.jinpai.action;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * Closed October 2024, judged on 2024-11-05. Hangzhou has M1 (room for 2) and M2 (room for 5),
 * Ningbo has M3 (room for 1), Wenzhou has no manager. Each rule fires for one customer; the names
 * are hostile to spreadsheets.
 *
 * <pre>
 * C01 Hangzhou GOLD avg 180, was SILVER       NEW_VIP_WELCOME      P2 due 11-12  M1
 * C02 Hangzhou PLATINUM avg 250, 90 vs 300     SPEND_DROP           P1 due 11-10  M2
 * C03 Hangzhou GOLD avg 140 in grace           DOWNGRADE_RISK       P1 due 11-10  M2
 * C04 Ningbo   GOLD avg 160, arrears 88.80     ARREARS_NOTICE       P2 due 11-08  unassigned (M3 full)
 * C05 Ningbo   DIAMOND avg 1200, complaint     COMPLAINT_ESCALATION P1 due 11-06  M3
 * C06 Wenzhou  GOLD avg 200, 400 vs 200        BILL_SHOCK_ALERT     P2 due 11-07  unassigned (no manager)
 * C07 Hangzhou SILVER avg 140 (non-VIP)        UPGRADE_NUDGE        P3 due 11-19  M1 (routed)
 * C08 Hangzhou DIAMOND avg 2000, top-N entry   TOP_RANK_ENTRY       P3 due 11-19  M1
 * C09 Hangzhou SILVER avg 100                  nothing
 * C10 Hangzhou GOLD, account CLOSED            nothing, not assigned
 * </pre>
 * Assignment order is by average: C08 → M1, C02 → M2, C01 → M1 (tie by id), C03 → M2 (M1 full).
 */
final class OctoberScenario {

    static final YearMonth MONTH = YearMonth.of(2024, 10);
    static final LocalDate AS_OF = LocalDate.of(2024, 11, 5);
    static final List<String> PHONES = List.of("13800000001", "13800000002", "13800000003", "13800000004",
            "13800000005", "13800000006", "13800000007", "13800000008", "13800000009", "13800000010");
    static final List<String> NAMES = List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+1", "-1", "\tTab",
            "王小明", "李雷", "韩梅梅", "张三", "李四");

    private OctoberScenario() {
    }

    static void load(ActionFixtures fixtures) {
        // September was evaluated before: October is no baseline, so crossings into VIP and the top-N count
        fixtures.evaluated(MONTH.minusMonths(1));
        fixtures.manager("M1", "Hangzhou", 2).manager("M2", "Hangzhou", 5).manager("M3", "Ningbo", 1);
        String[] regions = {"Hangzhou", "Hangzhou", "Hangzhou", "Ningbo", "Ningbo", "Wenzhou", "Hangzhou", "Hangzhou",
            "Hangzhou", "Hangzhou"};
        for (int i = 0; i < regions.length; i++) {
            fixtures.customer(id(i + 1), NAMES.get(i), PHONES.get(i), regions[i]);
        }
        fixtures.month(MONTH, "C01", "Hangzhou").tier("GOLD", "SILVER").average("180.00").insert()
                .month(MONTH, "C02", "Hangzhou").tier("PLATINUM", "PLATINUM").average("250.00").prior("300.00")
                .spend("90.00").insert()
                .month(MONTH, "C03", "Hangzhou").average("140.00").grace("SILVER", 1).insert()
                .month(MONTH, "C04", "Ningbo").average("160.00").arrears("88.80").insert()
                .month(MONTH, "C05", "Ningbo").tier("DIAMOND", "DIAMOND").average("1200.00").insert()
                .month(MONTH, "C06", "Wenzhou").average("200.00").prior("200.00").spend("400.00").insert()
                .month(MONTH, "C07", "Hangzhou").tier("SILVER", "SILVER").average("140.00").insert()
                .month(MONTH, "C08", "Hangzhou").tier("DIAMOND", "DIAMOND").average("2000.00").insert()
                .month(MONTH, "C09", "Hangzhou").tier("SILVER", "SILVER").average("100.00").insert()
                .month(MONTH, "C10", "Hangzhou").average("300.00").closedAccount().insert()
                .complaint("T1", "C05", LocalDateTime.of(2024, 11, 2, 9, 30), null)
                .complaint("T2", "C01", LocalDateTime.of(2024, 11, 1, 9, 30), LocalDateTime.of(2024, 11, 1, 10, 0))
                .enteredTopN(MONTH, "C08", 3, 120);
    }

    static String id(int n) {
        return String.format("C%02d", n);
    }
}
