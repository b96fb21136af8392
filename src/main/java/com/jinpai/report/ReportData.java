package com.jinpai.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.jinpai.report.ActionStatistics.ManagerService;
import com.jinpai.value.ParetoCurve.ParetoPoint;

/** Everything one month's report shows, read from the tables; rendering happens elsewhere. */
record ReportData(
        Header header,
        List<TierRow> tiers,
        List<MigrationCell> migration,
        List<ParetoPoint> pareto,
        Actions actions,
        List<ReasonCount> topReasons,
        List<FileRejects> files) {

    /** Whether the month's values come from a closed bill or are a month-to-date estimate. */
    enum Basis {
        CLOSED("closed bill (bill lines loaded)"),
        ESTIMATED("estimate, month to date (bill not closed)"),
        NONE("no customer values computed yet");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** @param topDecileShare revenue share (percent) of the customers in decile 1; null when none is ranked */
    record Header(YearMonth month, Basis basis, long customers, long vips, BigDecimal revenue,
            BigDecimal topDecileShare) {
    }

    record TierRow(String tier, long customers, BigDecimal revenue) {
    }

    record MigrationCell(String fromTier, String toTier, long customers) {
    }

    record ReasonCount(String reason, long count) {
    }

    record FileRejects(String source, String fileName, String status, long rowsRead, long rowsLoaded,
            long rowsRejected, List<ReasonCount> reasons) {
    }

    /**
     * @param available false when no {@link ActionStatistics} bean exists
     * @param service each manager's service standard for the month's actions, by manager id
     */
    record Actions(boolean available, Map<String, Long> perRule, Map<String, Long> perManager, long unassigned,
            List<ManagerService> service) {

        static Actions none() {
            return new Actions(false, Map.of(), Map.of(), 0, List.of());
        }
    }
}
