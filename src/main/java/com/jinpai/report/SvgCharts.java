package com.jinpai.report;

import java.awt.Color;
import java.awt.Rectangle;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a JFreeChart onto JFreeSVG's Graphics2D and returns an inline {@code <svg>} element.
 * Each chart gets its own id prefix for clip paths and gradients: several charts share one
 * page, and a fixed prefix (JFreeSVG's default is time based) keeps re-runs byte-identical.
 */
final class SvgCharts {

    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color[] SERIES = {new Color(0x1F, 0x5F, 0xA8), new Color(0xD9, 0x82, 0x1E),
            new Color(0x3C, 0x8D, 0x4F), new Color(0x8E, 0x44, 0xAD)};

    private SvgCharts() {
    }

    static String render(JFreeChart chart, String id, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
    }

    /** White, flat and without shadows, so the charts print and read like the tables around them. */
    static JFreeChart plain(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            if (category.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
                bars.setDrawBarOutline(false);
                for (int i = 0; i < SERIES.length; i++) {
                    bars.setSeriesPaint(i, SERIES[i]);
                }
            }
        }
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
        }
        return chart;
    }

    /** Long reasons and names are cut in the chart only; the table next to it shows them whole. */
    static String label(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
