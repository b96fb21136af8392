package com.jinpai.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import com.jinpai.report.ParetoCurve.ParetoPoint;
import com.jinpai.report.ReportData.MigrationCell;
import com.jinpai.report.ReportData.TierRow;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's charts as inline SVG. Doubles here only place marks on a chart; the tables carry the exact numbers. */
final class ReportCharts {

    static final int WIDTH = 900;
    static final int HEIGHT = 380;
    private static final int LABEL_CHARS = 60;
    private static final int HEAT_MAP_SIZE = 520;

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

    /** Laid out like the table under it: last month's tier down the side (best at the top), this month's across. */
    static String migration(List<String> tiers, List<MigrationCell> cells) {
        String[] symbols = tiers.toArray(String[]::new);
        double[][] series = new double[3][cells.size()];
        long max = 0;
        for (int i = 0; i < cells.size(); i++) {
            series[0][i] = tiers.indexOf(cells.get(i).toTier());
            series[1][i] = tiers.indexOf(cells.get(i).fromTier());
            series[2][i] = cells.get(i).customers();
            max = Math.max(max, cells.get(i).customers());
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("customers", series);
        HeatScale scale = new HeatScale(max);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        SymbolAxis thisMonth = new SymbolAxis("Tier this month", symbols);
        SymbolAxis lastMonth = new SymbolAxis("Tier last month", symbols);
        thisMonth.setGridBandsVisible(false);
        lastMonth.setGridBandsVisible(false);
        lastMonth.setInverted(true);
        XYPlot plot = new XYPlot(data, thisMonth, lastMonth, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        for (MigrationCell cell : cells) {
            XYTextAnnotation count = new XYTextAnnotation(Long.toString(cell.customers()),
                    tiers.indexOf(cell.toTier()), tiers.indexOf(cell.fromTier()));
            count.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            count.setPaint(scale.intensity(cell.customers()) > HeatScale.DARK ? Color.WHITE : Color.BLACK);
            plot.addAnnotation(count);
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return SvgCharts.render(SvgCharts.plain(chart), "migration-chart", HEAT_MAP_SIZE + 100, HEAT_MAP_SIZE);
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
