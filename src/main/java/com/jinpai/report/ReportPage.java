package com.jinpai.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.jinpai.value.ParetoCurve;
import com.jinpai.report.ActionStatistics.ManagerService;
import com.jinpai.value.ParetoCurve.ParetoPoint;
import com.jinpai.report.ReportData.Actions;
import com.jinpai.report.ReportData.FileRejects;
import com.jinpai.report.ReportData.Header;
import com.jinpai.report.ReportData.MigrationCell;
import com.jinpai.report.ReportData.ReasonCount;
import com.jinpai.report.ReportData.TierRow;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * Turns a month's data into the HTML page. Every value reaches the template as text and
 * Mustache's {@code {{ }}} HTML-escapes it; only the charts' SVG, which JFreeSVG escapes
 * itself, is inserted raw.
 */
final class ReportPage {

    private static final String TEMPLATE = "/com/jinpai/report/report.mustache";
    /** The Pareto table reads the curve at these customer shares (percent). */
    private static final int[] PARETO_MARKS = {1, 5, 10, 20, 50};
    /** The on-time rate of a manager none of whose actions is closed yet. */
    private static final String NO_RATE = "—";

    private final Template template;
    private final int topManagers;

    ReportPage(int topManagers) {
        this.topManagers = topManagers;
        try (Reader reader = new InputStreamReader(ReportPage.class.getResourceAsStream(TEMPLATE),
                StandardCharsets.UTF_8)) {
            // the story's sections are fragments of their own ({{> cards}}, ...), next to the page
            this.template = Mustache.compiler().withLoader(ReportPage::fragment).compile(reader);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read the report template " + TEMPLATE, ex);
        }
    }

    String render(ReportData data) {
        return render(data, InputsHeader.none(), MonthStory.none());
    }

    /** The page with the header's inputs fragment: as-of date, each source's coverage, every warning. */
    String render(ReportData data, InputsHeader inputs) {
        return render(data, inputs, MonthStory.none());
    }

    String render(ReportData data, MonthStory story) {
        return render(data, InputsHeader.none(), story);
    }

    /** The whole page: the inputs fragment in the header, then the month's story (cards, segments, star moves). */
    String render(ReportData data, InputsHeader inputs, MonthStory story) {
        Map<String, Object> page = new LinkedHashMap<>();
        header(data.header(), page);
        inputs(inputs, page);
        StorySections.put(data.header(), story, page);
        tiers(data.tiers(), page);
        migration(data.migration(), page);
        pareto(data.header().customers(), data.pareto(), page);
        actions(data.actions(), page);
        rejects(data.topReasons(), data.files(), page);
        return template.execute(page);
    }

    private static void header(Header header, Map<String, Object> page) {
        page.put("month", header.month().toString());
        page.put("basis", header.basis().label());
        page.put("customers", Formats.count(header.customers()));
        page.put("vips", Formats.count(header.vips()));
        page.put("revenue", Formats.money(header.revenue()));
        page.put("topDecileShare", header.topDecileShare() == null ? "not ranked"
                : Formats.percent(header.topDecileShare()));
    }

    private static void inputs(InputsHeader inputs, Map<String, Object> page) {
        page.put("inputsJudged", inputs.asOf() != null);
        page.put("inputsAsOf", inputs.asOf() == null ? "" : inputs.asOf());
        page.put("inputsJudgedOn", inputs.judgedOn() == null ? "" : inputs.judgedOn());
        page.put("inputsLevel", inputs.level() == null ? "" : inputs.level());
        page.put("inputSources", inputs.sources().stream().map(s -> Map.of("source", s.source(), "level", s.level(),
                "newestFile", s.newestFile() == null ? "-" : s.newestFile(),
                "newestData", s.newestData() == null ? "-" : s.newestData(),
                "age", s.ageDays() == null ? "-" : Formats.count(s.ageDays()),
                "rows", s.rows() == null ? "-" : Formats.count(s.rows()),
                "usual", s.usualRows() == null ? "-" : Formats.count(s.usualRows()))).toList());
        page.put("inputFindings", inputs.findings());
    }

    private static void tiers(List<TierRow> tiers, Map<String, Object> page) {
        long customers = tiers.stream().mapToLong(TierRow::customers).sum();
        BigDecimal revenue = tiers.stream().map(TierRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        page.put("hasTiers", !tiers.isEmpty());
        page.put("tiers", tiers.stream().map(t -> Map.of("tier", t.tier(), "customers", Formats.count(t.customers()),
                "customerShare", Formats.share(BigDecimal.valueOf(t.customers()), BigDecimal.valueOf(customers)),
                "revenue", Formats.money(t.revenue()), "revenueShare", Formats.share(t.revenue(), revenue))).toList());
        page.put("tierChart", tiers.isEmpty() ? "" : ReportCharts.tiers(tiers));
    }

    private static void migration(List<MigrationCell> cells, Map<String, Object> page) {
        TreeSet<String> names = new TreeSet<>(TierOrder.COMPARATOR);
        cells.forEach(c -> {
            names.add(c.fromTier());
            names.add(c.toTier());
        });
        List<String> tiers = List.copyOf(names);
        Map<String, Long> counts = new LinkedHashMap<>();
        cells.forEach(c -> counts.put(c.fromTier() + "\u0000" + c.toTier(), c.customers()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String from : tiers) {
            List<Map<String, String>> row = tiers.stream().map(to -> Map.of("from", from, "to", to,
                    "customers", Formats.count(counts.getOrDefault(from + "\u0000" + to, 0L)),
                    "direction", counts.getOrDefault(from + "\u0000" + to, 0L) == 0 ? "zero"
                            : HeatMapSvg.direction(tiers, from, to))).toList();
            rows.add(Map.of("from", from, "cells", row));
        }
        page.put("hasMigration", !cells.isEmpty());
        page.put("migrationColumns", tiers);
        page.put("migrationRows", rows);
        page.put("migrationChart", cells.isEmpty() ? ""
                : HeatMapSvg.render("migration-chart", tiers, cells, "Tier last month", "Tier this month"));
    }

    private static void pareto(long customers, List<ParetoPoint> curve, Map<String, Object> page) {
        page.put("hasPareto", customers > 0);
        List<Map<String, String>> marks = new ArrayList<>();
        for (int mark : PARETO_MARKS) {
            marks.add(Map.of("customerShare", mark + "%",
                    "revenueShare", Formats.percent(ParetoCurve.revenueShareAt(curve, mark))));
        }
        page.put("paretoMarks", marks);
        page.put("paretoChart", customers > 0 ? ReportCharts.pareto(curve) : "");
    }

    private void actions(Actions actions, Map<String, Object> page) {
        page.put("hasActionData", actions.available());
        Map<String, Long> rules = sorted(actions.perRule(), Integer.MAX_VALUE);
        Map<String, Long> managers = sorted(actions.perManager(), topManagers);
        long others = actions.perManager().values().stream().mapToLong(Long::longValue).sum()
                - managers.values().stream().mapToLong(Long::longValue).sum();
        page.put("hasRules", !rules.isEmpty());
        page.put("rules", entries(rules));
        page.put("ruleChart", rules.isEmpty() ? "" : ReportCharts.counts("rule-chart", "Rule", "Actions", rules));
        page.put("hasManagers", !managers.isEmpty());
        page.put("managers", entries(managers));
        page.put("otherManagers", actions.perManager().size() > managers.size()
                ? Map.of("managers", Formats.count(actions.perManager().size() - managers.size()),
                        "actions", Formats.count(others)) : false);
        page.put("unassigned", Formats.count(actions.unassigned()));
        service(actions.service(), page);
    }

    /** One row per manager (name and id, by id) and the total; the columns are the outcomes of {@code ActionOutcome}. */
    private static void service(List<ManagerService> service, Map<String, Object> page) {
        page.put("hasService", !service.isEmpty());
        page.put("service", service.stream().map(m -> serviceRow(m, m.name() == null ? m.managerId()
                : m.name() + " (" + m.managerId() + ")")).toList());
        ManagerService total = new ManagerService("", null, service.stream().mapToLong(ManagerService::issued).sum(),
                service.stream().mapToLong(ManagerService::doneOnTime).sum(),
                service.stream().mapToLong(ManagerService::doneLate).sum(),
                service.stream().mapToLong(ManagerService::expired).sum(),
                service.stream().mapToLong(ManagerService::open).sum());
        page.put("serviceTotal", serviceRow(total, Formats.count(service.size()) + " managers"));
    }

    private static Map<String, String> serviceRow(ManagerService m, String manager) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("managerId", m.managerId());
        row.put("manager", manager);
        row.put("issued", Formats.count(m.issued()));
        row.put("onTime", Formats.count(m.doneOnTime()));
        row.put("late", Formats.count(m.doneLate()));
        row.put("expired", Formats.count(m.expired()));
        row.put("open", Formats.count(m.open()));
        long closed = m.doneOnTime() + m.doneLate() + m.expired();
        // nothing closed yet: no rate to speak of, rather than a manager at 0%
        row.put("onTimeShare", closed == 0 ? NO_RATE
                : Formats.share(BigDecimal.valueOf(m.doneOnTime()), BigDecimal.valueOf(closed)));
        return row;
    }

    private static void rejects(List<ReasonCount> reasons, List<FileRejects> files, Map<String, Object> page) {
        Map<String, Long> top = new LinkedHashMap<>();
        reasons.forEach(r -> top.put(r.reason(), r.count()));
        page.put("hasReasons", !reasons.isEmpty());
        page.put("reasons", entries(top));
        page.put("reasonChart", reasons.isEmpty() ? "" : ReportCharts.counts("reason-chart", "Reason", "Rows", top));
        page.put("hasFiles", !files.isEmpty());
        page.put("files", files.stream().map(f -> Map.of("source", f.source(), "fileName", f.fileName(),
                "status", f.status(), "rowsRead", Formats.count(f.rowsRead()), "rowsLoaded", Formats.count(f.rowsLoaded()),
                "rowsRejected", Formats.count(f.rowsRejected()), "reasons", entries(f.reasons().stream()
                        .collect(LinkedHashMap<String, Long>::new, (m, r) -> m.put(r.reason(), r.count()), Map::putAll))))
                .toList());
    }

    private static Reader fragment(String name) {
        String path = "/com/jinpai/report/" + name + ".mustache";
        var in = ReportPage.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("no report fragment " + path);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Largest count first, then key, so the same data always lists in the same order. */
    private static Map<String, Long> sorted(Map<String, Long> counts, int limit) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static List<Map<String, String>> entries(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> Map.of("key", e.getKey(), "count", Formats.count(e.getValue())))
                .toList();
    }
}
