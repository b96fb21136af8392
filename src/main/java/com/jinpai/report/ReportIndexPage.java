package com.jinpai.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jinpai.report.MonthStory.Figures;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * {@code reports/index.html}: every month with customer values, newest first, linking its report
 * (when written) with its headline figures. Self-contained like the reports.
 */
final class ReportIndexPage {

    private static final String TEMPLATE = "/com/jinpai/report/index.mustache";

    private final Template template;

    ReportIndexPage() {
        try (Reader reader = new InputStreamReader(ReportIndexPage.class.getResourceAsStream(TEMPLATE),
                StandardCharsets.UTF_8)) {
            this.template = Mustache.compiler().compile(reader);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read the report template " + TEMPLATE, ex);
        }
    }

    /** @param months each month's figures, ascending; @param written the months whose report file exists */
    String render(Map<YearMonth, Figures> months, java.util.Set<YearMonth> written) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<YearMonth> newestFirst = new ArrayList<>(months.keySet());
        java.util.Collections.reverse(newestFirst);
        for (YearMonth month : newestFirst) {
            Figures figures = months.get(month);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("month", month.toString());
            row.put("file", written.contains(month) ? "report_" + month + ".html" : false);
            row.put("customers", Formats.count(figures.customers()));
            row.put("vips", Formats.count(figures.vips()));
            row.put("revenue", Formats.money(figures.revenue()));
            row.put("topDecileShare", figures.topDecileShare() == null ? "not ranked"
                    : Formats.percent(figures.topDecileShare()));
            row.put("stars", Formats.count(figures.stars()));
            rows.add(row);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("hasMonths", !rows.isEmpty());
        page.put("months", rows);
        return template.execute(page);
    }
}
