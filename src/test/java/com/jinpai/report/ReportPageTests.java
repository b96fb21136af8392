package com.jinpai.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.jinpai.report.ActionStatistics.ManagerService;
import com.jinpai.value.ParetoCurve.ParetoPoint;
import com.jinpai.report.ReportData.Actions;
import com.jinpai.report.ReportData.Basis;
import com.jinpai.report.ReportData.FileRejects;
import com.jinpai.report.ReportData.Header;
import com.jinpai.report.ReportData.MigrationCell;
import com.jinpai.report.ReportData.ReasonCount;
import com.jinpai.report.ReportData.TierRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page on its own: hostile text stays text, action counts render, the same data gives the same bytes. */
class ReportPageTests {

    static final String HOSTILE = "<script>alert(1)</script> & \"quoted\" 'single'";

    private final ReportPage page = new ReportPage(2);

    private static ReportData data(Actions actions) {
        return new ReportData(
                new Header(YearMonth.of(2026, 10), Basis.CLOSED, 3, 1, new BigDecimal("1234567.80"),
                        new BigDecimal("41.25")),
                List.of(new TierRow("GOLD", 1, new BigDecimal("1000.00")), new TierRow("STANDARD", 2,
                        new BigDecimal("200.00"))),
                List.of(new MigrationCell("GOLD", "GOLD", 1), new MigrationCell("SILVER", "STANDARD", 2)),
                List.of(new ParetoPoint(new BigDecimal("0.00"), new BigDecimal("0.00")),
                        new ParetoPoint(new BigDecimal("100.00"), new BigDecimal("100.00"))),
                actions,
                List.of(new ReasonCount(HOSTILE, 7)),
                List.of(new FileRejects("bill-lines", "billing/" + HOSTILE + ".csv", "LOADED", 10, 3, 7,
                        List.of(new ReasonCount(HOSTILE, 7)))));
    }

    @Test
    void hostileTextIsEscapedInTablesAndCharts() {
        String html = page.render(data(Actions.none()));

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("#rejects td[data-field=reason]").text()).isEqualTo(HOSTILE);
        assertThat(doc.select("#rejects tr[data-file]").attr("data-file")).isEqualTo("billing/" + HOSTILE + ".csv");
        // the reject chart draws the reason as SVG text; it must be text there too
        assertThat(doc.select("#reason-chart text").eachText()).anyMatch(t -> t.contains("<script>alert(1)"));
    }

    @Test
    void theHeaderStatesTheAsOfDateEachSourcesCoverageAndEveryWarning() {
        InputsHeader inputs = new InputsHeader("2026-11-05", "2026-11-05", "WARN", List.of(
                new InputsHeader.Source("usage", "PASS", "usage/usage_2026-11-05.csv", "2026-11-05", 0L, 598L, 607L),
                new InputsHeader.Source("payments", "WARN", "payments/payments_2026-10.csv", "2026-11-05", 0L, 75L,
                        377L)),
                List.of("WARN payments payments/payments_2026-10.csv: 75 rows against the usual 377 <b>"));

        Document doc = Jsoup.parse(page.render(data(Actions.none()), inputs));

        assertThat(doc.select("#summary #inputs [data-field=as-of]").text()).isEqualTo("2026-11-05");
        assertThat(doc.select("#inputs [data-source=payments] [data-field=level]").text()).isEqualTo("WARN");
        assertThat(doc.select("#inputs [data-source=usage]").text()).contains("usage/usage_2026-11-05.csv", "598", "607");
        assertThat(doc.select("#inputs [data-field=input-finding]").text()).contains("75 rows against the usual 377 <b>");
        assertThat(Jsoup.parse(page.render(data(Actions.none()))).select("#inputs").text())
                .contains("No run of this month has judged its inputs");
    }

    @Test
    void noActionStatisticsGivesANote() {
        Document doc = Jsoup.parse(page.render(data(Actions.none())));

        assertThat(doc.select("[data-field=no-action-data]").text()).startsWith("No action data");
        assertThat(doc.select("#rule-chart")).isEmpty();
    }

    @Test
    void actionsPerRuleAndTopManagersLargestFirstWithTheRestSummed() {
        Actions actions = new Actions(true, Map.of("SPEND_DROP", 4L, "NEW_VIP_WELCOME", 9L),
                Map.of("M1", 3L, "M2", 5L, "M3", 1L, "M4", 1L), 2, List.of());

        Document doc = Jsoup.parse(page.render(data(actions)));

        assertThat(doc.select("tr[data-rule]").eachAttr("data-rule")).containsExactly("NEW_VIP_WELCOME", "SPEND_DROP");
        assertThat(doc.select("tr[data-rule=SPEND_DROP] td[data-field=count]").text()).isEqualTo("4");
        assertThat(doc.select("tr[data-manager]").eachAttr("data-manager")).containsExactly("M2", "M1");
        assertThat(doc.select("#actions tbody tr").last().text()).isEqualTo("2 more managers 2");
        assertThat(doc.select("[data-field=unassigned]").text()).isEqualTo("2");
        assertThat(doc.select("#rule-chart")).hasSize(1);
        assertThat(doc.select("[data-field=no-action-data]")).isEmpty();
    }

    @Test
    void theServiceTableHasARowPerManagerWithNameAndIdAndATotal() {
        Actions actions = new Actions(true, Map.of("SPEND_DROP", 9L), Map.of("王丽", 6L, "M2", 3L), 0, List.of(
                new ManagerService("M1", "王丽", 6, 3, 1, 1, 1), new ManagerService("M2", null, 3, 0, 0, 0, 3)));

        Document doc = Jsoup.parse(page.render(data(actions)));

        assertThat(doc.select("#manager-service thead th").eachText()).containsExactly("Manager", "Issued",
                "Done on time", "Done late", "Expired", "Still open", "On-time rate");
        assertThat(doc.select("tr[data-service-manager]").eachAttr("data-service-manager")).containsExactly("M1", "M2");
        assertThat(doc.select("tr[data-service-manager=M1]").text()).isEqualTo("王丽 (M1) 6 3 1 1 1 60.0%");
        assertThat(doc.select("tr[data-service-manager=M2]").text()).as("a manager no longer in the export")
                .isEqualTo("M2 3 0 0 0 3 —");
        assertThat(doc.select("tr[data-service-total]").text()).isEqualTo("Total, 2 managers 9 3 1 1 4 60.0%");
        assertThat(doc.select("#manager-service .note")).isEmpty();
        assertThat(Jsoup.parse(page.render(data(new Actions(true, Map.of(), Map.of(), 0, List.of()))))
                .select("#manager-service .note").text()).startsWith("No manager was issued actions");
    }

    @Test
    void migrationTableFillsMissingCellsWithZero() {
        Document doc = Jsoup.parse(page.render(data(Actions.none())));

        assertThat(doc.select("#migration thead th").eachText()).containsExactly("From \\ to", "GOLD", "SILVER",
                "STANDARD");
        assertThat(doc.select("td[data-from=SILVER][data-to=STANDARD]").text()).isEqualTo("2");
        assertThat(doc.select("td[data-from=GOLD][data-to=SILVER]").text()).isEqualTo("0");
        assertThat(doc.select("#migration-chart")).hasSize(1);
    }

    @Test
    void headerFormatsMoneyAndShares() {
        Document doc = Jsoup.parse(page.render(data(Actions.none())));

        assertThat(doc.select("dd[data-field=revenue]").text()).isEqualTo("1,234,567.80");
        assertThat(doc.select("dd[data-field=top-decile-share]").text()).isEqualTo("41.3%");
        assertThat(doc.select("[data-field=basis]").text()).startsWith("closed bill");
    }

    /** A closed month's cards as they always were: whole months, no line saying what revenue was taken against. */
    @Test
    void aClosedMonthsCardsCompareWholeMonths() {
        Document doc = Jsoup.parse(page.render(data(Actions.none()), ReportSamples.story()));

        assertThat(doc.select("[data-field=compared-with]").text()).isEqualTo("Change against 2026-09");
        assertThat(doc.select("[data-card=revenue] dt").text()).isEqualTo("Revenue (yuan)");
        assertThat(doc.select("dd[data-field=revenue-change]").text()).isEqualTo("▲ +294,257.25 (+31.3%)");
        assertThat(doc.select("[data-field$=-against]")).isEmpty();
    }

    /**
     * October's estimate on the 2nd: 60,000.00 to date against September's 940,310.55 pro-rated to 2
     * of 31 days (60,665.20), not −93.6% against the whole of September; the counts as they stand.
     */
    @Test
    void theOpenMonthsRevenueIsComparedToTheSameDayAndTheCardSaysSo() {
        MonthStory closed = ReportSamples.story();
        MonthStory story = new MonthStory(closed.previousMonth(), closed.figures(), closed.previous(),
                closed.segments(), closed.starOrder(), closed.starMoves(),
                HeaderComparison.of(true, java.time.LocalDate.of(2026, 10, 2)));
        ReportData sample = data(Actions.none());
        ReportData estimate = new ReportData(new Header(YearMonth.of(2026, 10), Basis.ESTIMATED, 10_000, 1_480,
                new BigDecimal("60000.00"), new BigDecimal("38.42")), sample.tiers(), sample.migration(),
                sample.pareto(), sample.actions(), sample.topReasons(), sample.files());

        Document doc = Jsoup.parse(page.render(estimate, story));

        assertThat(doc.select("[data-card=revenue] dt").text()).isEqualTo("Revenue, month to date (yuan)");
        assertThat(doc.select("dd[data-field=revenue-change]").text()).isEqualTo("▼ −665.20 (−1.1%)");
        assertThat(doc.select("dd[data-field=revenue-against]").text())
                .isEqualTo("against 60,665.20: 2026-09 pro-rated to day 2 of 31");
        assertThat(doc.select("[data-field=compared-with]").text()).contains("to the same share of the month");
        assertThat(doc.select("dd[data-field=customers-change]").text()).isEqualTo("▲ +130 (+1.3%)");
        assertThat(doc.select("[data-field$=-against]")).hasSize(1);
    }

    @Test
    void sameDataRendersTheSameBytes() {
        assertThat(new ReportPage(2).render(data(Actions.none()))).isEqualTo(page.render(data(Actions.none())));
    }
}
