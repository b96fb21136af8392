package com.jinpai.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import com.jinpai.value.ParetoCurve.ParetoPoint;
import com.jinpai.report.ReportData.TierRow;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's charts as inline SVG. Doubles here only place marks on a chart; the tables carry the exact numbers. */
final class ReportCharts {

    static final int WIDTH = 900;
    static final int HEIGHT = 380;
    private static final int LABEL_CHARS = 60;

    private ReportCharts() {
    }

    static String tiers(List<TierRow> tiers) {
        long customers = tiers.stream().mapToLong(TierRow::customers).sum();
        BigDecimal revenue = tiers.stream().map(TierRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (TierRow row : tiers) {
            data.addValue(percent(BigDecimal.valueOf(row.customers()), BigDecimal.valueOf(customers)),
                    "Customers %", row.tier());
            data.addValue(percent(row.revenue(), revenue), "Revenue %", row.tier());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, "Tier", "Share (%)", data, PlotOrientation.VERTICAL,
                true, false, false);
        return SvgCharts.render(SvgCharts.plain(chart), "tier-chart", WIDTH, HEIGHT);
    }

    static String pareto(List<ParetoPoint> points) {
        XYSeries curve = new XYSeries("Revenue share of the customers with the largest spend", false, true);
        double top = 100;
        for (ParetoPoint point : points) {
            curve.add(point.customerShare().doubleValue(), point.revenueShare().doubleValue());
            top = Math.max(top, point.revenueShare().doubleValue());
        }
        XYSeries equal = new XYSeries("Equal share", false, true);
        equal.add(0, 0);
        equal.add(100, 100);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve);
        data.addSeries(equal);
        JFreeChart chart = ChartFactory.createXYLineChart(null, "Customers, largest spend first (%)",
                "Share of month revenue (%)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getDomainAxis()).setRange(0, 100);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, top);
        XYLineAndShapeRenderer lines = (XYLineAndShapeRenderer) plot.getRenderer();
        lines.setSeriesPaint(0, SvgCharts.SERIES[0]);
        lines.setSeriesStroke(0, new BasicStroke(2.5f));
        lines.setSeriesPaint(1, Color.GRAY);
        lines.setSeriesStroke(1, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        return SvgCharts.render(SvgCharts.plain(chart), "pareto-chart", WIDTH, HEIGHT);
    }

    /** Horizontal bars, one per key, in the order given; numbered, so two keys cut to one label stay apart. */
    static String counts(String id, String category, String value, Map<String, Long> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int position = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            position++;
            data.addValue(entry.getValue(), value, position + ". " + SvgCharts.label(entry.getKey(), LABEL_CHARS));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, category, value, data, PlotOrientation.HORIZONTAL,
                false, false, false);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        int height = Math.max(HEIGHT / 2, 40 + 28 * counts.size());
        return SvgCharts.render(SvgCharts.plain(chart), id, WIDTH, height);
    }

    private static double percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
